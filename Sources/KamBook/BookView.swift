public import KamDomain
public import KamEventLog
public import KamTime

/// What kam shows for every client on one business date, as known at one
/// instant: value, Pareto class, key-account reasons, stage and risk.
///
/// Computed from the clients' histories, so `--as-of` and `--known-at` are
/// the same code path as the present, only with other inputs.
public struct BookView: Sendable {
  /// The business date evaluated.
  public var date: CalendarDate
  /// The policy in force (as known at the instant asked about).
  public var policy: Policy
  /// Every client known on `date`, in the portfolio's rank order.
  public var rows: [ClientRow]
  /// The portfolio: values, classes, reasons and the whale curve.
  public var portfolio: Portfolio
  /// Churn risk of every client, and the purchase model behind it.
  public var risk: ChurnRiskReport

  /// The optimiser's budget for the purchase model in interactive commands:
  /// a book the model cannot fit within it falls back, reported, rather than
  /// making every query slow.
  public static let fitOptions = PurchaseModelFit.Options(maxEvaluations: 4_000)

  /// One client's line.
  public struct ClientRow: Sendable {
    /// The client's folded history.
    public var history: ClientHistory
    /// Value, class, reasons, quadrant.
    public var entry: PortfolioEntry
    /// The stage on the date, and why.
    public var stage: StageEvaluation
    /// The churn risk, when assessed.
    public var churnRisk: Double? = nil
  }

  /// The row of one client.
  public func row(for client: ClientSlug) -> ClientRow? {
    rows.first { $0.history.client == client }
  }
}

extension Book {
  /// Evaluates every client on `date`, counting only what was recorded by `knownAt`.
  public func view(
    on date: CalendarDate, knownAt: Instant? = nil, before: SequenceNumber? = nil
  ) throws -> BookView {
    let policy = try policy(knownAt: knownAt, before: before)
    let histories = try histories(knownAt: knownAt, before: before).values.filter { history in
      StageTimeline.firstDay(of: history).map { $0 <= date } ?? false
    }
    let portfolio = Portfolio(Array(histories), on: date, policy: policy)
    var byClient: [ClientSlug: ClientHistory] = [:]
    for history in histories { byClient[history.client] = history }
    let classA = Set(portfolio.entries.filter { $0.paretoClass == .a }.map(\.client))
    let risk = try ChurnRiskReport(
      Array(histories), on: date, policy: policy, classA: classA, options: BookView.fitOptions)
    let rows = portfolio.entries.compactMap { entry -> BookView.ClientRow? in
      guard let history = byClient[entry.client] else { return nil }
      // Prospects have no purchases to lose: their risk is not assessed.
      let assessed = entry.isProspect ? nil : risk.assessment(of: entry.client)?.risk
      return BookView.ClientRow(
        history: history, entry: entry,
        stage: StageRules.evaluate(history, on: date, policy: policy), churnRisk: assessed)
    }
    return BookView(date: date, policy: policy, rows: rows, portfolio: portfolio, risk: risk)
  }
}
