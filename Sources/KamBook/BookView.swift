public import KamDomain
public import KamEventLog
public import KamPurchaseModel
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
  /// Every client known on `date`, in the portfolio's rank order (only the
  /// focused client's, for a view with a focus).
  public var rows: [ClientRow]
  /// The portfolio: values, classes, reasons and the whale curve.
  public var portfolio: Portfolio
  /// Churn risk of every client (only the focused client's, for a view with
  /// a focus), and the purchase model behind it.
  public var risk: ChurnRiskReport
  /// The key-client profile learned on `date`, fitted or fallen back; nil when the view
  /// shows no prospect or first-year client (or was asked not to use the fit).
  public var profile: KeyClientProfile? = nil
  /// The log's last event, for a view of every client on the log as it stands (no focus,
  /// no `knownAt`, no `before`): the models fitted to it are stored against it.
  public var logHead: SequenceNumber? = nil
  /// The log's last event for a view of the log as it stands, focused or not: what a
  /// whole-book figure computed alongside a focused view (``ServiceNorms``) is kept against.
  package var modelsHead: SequenceNumber? = nil
  /// Every client's history known on `date`, in slug order, a focused view's included:
  /// what the portfolio and the models were computed from, so that a report over the same
  /// book and day (`kam explain`'s service verdict) need not read the log again.
  public var histories: [ClientHistory] = []
  /// The spend model on `date`, for a view asked to fit it beside the churn models (the
  /// risk listing's); nil otherwise.
  public var spend: BookSpendModel? = nil

  /// The optimiser's budget for the purchase model in interactive commands:
  /// a book the model cannot fit within it falls back, reported, rather than
  /// making every query slow. The parameters stop at six significant digits,
  /// far finer than the four a risk is shown with, which saves about a fifth
  /// of the evaluations on a ten-thousand-client book.
  public static let fitOptions = PurchaseModelFit.Options(
    maxEvaluations: 4_000, parameterTolerance: 1e-6)

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
  /// The clients known on `date`, as recorded by `knownAt` (or before `before`): what every
  /// whole-book view evaluates, in slug order: the fits sum over clients, and a
  /// dictionary's order changes from process to process, so the last digits of a
  /// risk would too.
  func histories(knownOn date: CalendarDate, knownAt: Instant?, before: SequenceNumber? = nil)
    throws -> [ClientHistory]
  {
    try store.reading { tx in try histories(knownOn: date, knownAt: knownAt, before: before, in: tx)
    }
  }

  /// ``histories(knownOn:knownAt:before:)`` in a transaction the caller holds.
  func histories(
    knownOn date: CalendarDate, knownAt: Instant?, before: SequenceNumber?,
    in tx: any BookTransaction
  ) throws -> [ClientHistory] {
    var list: [ClientHistory]
    if let stored = try storedHistoryList(knownOn: date, knownAt: knownAt, before: before, in: tx) {
      list = stored
    } else {
      list = Array(try foldedHistories(knownAt: knownAt, before: before, in: tx).values)
      list.removeAll { !$0.isKnown(by: date) }
    }
    list.sort { $0.client < $1.client }
    return list
  }

  /// Evaluates every client on `date`, counting only what was recorded by `knownAt`.
  ///
  /// With `focus`, only that client gets a row and a risk assessment: its
  /// Pareto class, key-account reasons and risk still weigh it against every
  /// other client (the portfolio and the purchase model are the whole book's),
  /// but the stage rules and risk signals run for it alone.
  ///
  /// With `usingFit` (the default), the key-client profile is learned on `date` whenever a
  /// client shown is a prospect or in its first year, and "potential" and "likely-win" read
  /// its fit where it is fitted (docs/value.md); a view of an established client, or of a
  /// book without new clients, learns nothing.
  public func view(
    on date: CalendarDate, knownAt: Instant? = nil, before: SequenceNumber? = nil,
    focus: ClientSlug? = nil, usingFit: Bool = true
  ) throws(BookError) -> BookView {
    try view(
      on: date, knownAt: knownAt, before: before, focus: focus, usingFit: usingFit,
      explaining: true)
  }

  /// ``view(on:knownAt:before:focus:usingFit:)``; without `explaining`, each row's stage is
  /// ``StageRules/unexplained(_:on:policy:)``'s, with no words: for the listings, which keep
  /// the stage alone and are half as dear to evaluate so. With `spending`, the view's
  /// ``BookView/spend`` is the spend model of every history on `date`, read back or fitted
  /// beside the churn models and kept with them.
  func view(
    on date: CalendarDate, knownAt: Instant?, before: SequenceNumber?, focus: ClientSlug?,
    usingFit: Bool, explaining: Bool, spending: Bool = false
  ) throws(BookError) -> BookView {
    try BookError.catching {
      let (policy, histories, stored) = try fitInputs(on: date, knownAt: knownAt, before: before)
      let shownNew = histories.contains { history in
        (focus.map { $0 == history.client } ?? true)
          && history.firstSaleDate(on: date).map {
            $0.days(to: date) < Int64(policy.loyalTenureDays)
          } ?? true
      }
      let profile =
        usingFit && shownNew ? KeyClientProfile(histories, on: date, policy: policy) : nil
      let portfolio = Portfolio(histories, on: date, policy: policy, profile: profile)
      var byClient: [ClientSlug: Int] = [:]
      byClient.reserveCapacity(histories.count)
      for (index, history) in histories.enumerated() { byClient[history.client] = index }
      let shown = portfolio.entries.compactMap { entry -> (PortfolioEntry, Int)? in
        guard focus.map({ $0 == entry.client }) ?? true, let index = byClient[entry.client]
        else { return nil }
        return (entry, index)
      }
      // Each shown client's stage, once: its row shows it and the risk's loyal test reads it.
      let evaluations = InPlace.lending(histories) { histories in
        ParallelMap.map(shown, minimumPerCore: 64) { _, index in
          explaining
            ? StageRules.evaluate(histories[index], on: date, policy: policy)
            : StageRules.unexplained(histories[index], on: date, policy: policy)
        }
      }
      var stages = [Stage?](repeating: nil, count: histories.count)
      for ((_, index), evaluation) in zip(shown, evaluations) { stages[index] = evaluation.stage }
      let classA = Set(portfolio.entries.filter { $0.paretoClass == .a }.map(\.client))
      let assess = { () throws(PurchaseModelError) -> ChurnRiskReport in
        try ChurnRiskReport(
          histories, on: date, policy: policy, classA: classA, options: BookView.fitOptions,
          assessing: focus.map { [$0] }, models: stored.churn, stages: stages)
      }
      let risk: ChurnRiskReport
      var spend: BookSpendModel?
      if spending {
        // The spend fit runs on its own thread beside the churn fits, which leave a core
        // idle between their parallel stretches: the same models, sooner.
        let storedSpend = stored.spend
        (risk, spend) = try ParallelMap.both(assess) { [histories] in
          storedSpend.map { BookSpendModel(histories, on: date, fit: $0) }
            ?? BookSpendModel(histories, on: date)
        }
      } else {
        risk = try assess()
      }
      // Both kept in one commit, on this thread: the store's connection belongs to it.
      var kept: [(name: String, day: CalendarDate, body: [UInt8])] = []
      if stored.churn == nil { kept.append((Self.churnModelsName, date, risk.models.encoded)) }
      if let spend, stored.spend == nil {
        kept.append((Self.spendModelName, date, spend.fit.encoded))
      }
      keep(kept, at: stored.head)
      let risks = Dictionary(
        risk.assessments.map { ($0.client, $0.risk) }, uniquingKeysWith: { first, _ in first })
      let rows = ParallelMap.map(shown.indices, minimumPerCore: 64) { position in
        let (entry, index) = shown[position]
        // Prospects have no purchases to lose: their risk is not assessed.
        let assessed = entry.isProspect ? nil : risks[entry.client]
        return BookView.ClientRow(
          history: histories[index], entry: entry, stage: evaluations[position],
          churnRisk: assessed)
      }
      var view = BookView(
        date: date, policy: policy, rows: rows, portfolio: portfolio, risk: risk,
        profile: profile, logHead: focus == nil ? stored.head : nil, histories: histories)
      view.modelsHead = stored.head
      view.spend = spend
      return view
    }
  }
}
