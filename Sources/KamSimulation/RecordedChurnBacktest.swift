public import KamDomain
public import KamPurchaseModel
public import KamTime

/// How well churn risk on a past day ranks the clients a simulated book's truth says then
/// decided to stop buying, beside the simple scores a sceptic would try first.
///
/// Unlike ``RiskBacktest``, whose label "no sale in the horizon" mostly marks clients that
/// are alive but buy rarely, the label here is the simulator's recorded decision: a client
/// alive on day t (it has bought by t, and has not churned by t without coming back) churns
/// when its `churned` truth line is dated in (t, t + horizon]. The scores see only the facts
/// dated up to t.
public struct RecordedChurnBacktest: Hashable, Sendable {
  /// One client alive on day t.
  public struct Case: Hashable, Sendable {
    /// The client.
    public var client: ClientSlug
    /// Whether loyal on day t.
    public var loyal: Bool
    /// Whether the truth has it decide to stop within the horizon.
    public var churns: Bool
    /// Each score, higher meaning more likely to churn, by ``scoreNames``.
    public var scores: [Double]
  }

  /// The scores compared: kam's risk, kam's churn probability (without the purchase gap),
  /// 1 − P(alive), −E[X(horizon)], recency (days since the last purchase), −frequency
  /// (purchase days so far), and, as a ceiling no score can reach from the book, −fit: the
  /// truth's latent fit that set the client's hazard (docs/simulation.md, "Latent fit").
  public static let scoreNames = [
    "risk", "churn", "1-pAlive", "-expected", "recency", "-frequency", "-fit(truth)",
  ]

  /// The evaluation day t.
  public var date: CalendarDate
  /// The horizon in days.
  public var horizonDays: Int
  /// The purchase model used on day t.
  public var fit: PurchaseModelFit
  /// The clients alive on day t, in slug order.
  public var cases: [Case]

  /// Assesses the book on `date` and labels it from `truth`.
  ///
  /// - Throws: `PurchaseModelError` only for unusable `options`.
  public init(
    _ histories: [ClientHistory], truth: SimulationTruth, on date: CalendarDate,
    policy: Policy, classA: Set<ClientSlug> = [], horizonDays: Int? = nil
  ) throws(PurchaseModelError) {
    let horizonDays = horizonDays ?? policy.riskHorizonDays
    let report = try ChurnRiskReport(histories, on: date, policy: policy, classA: classA)
    let end = date.adding(days: Int64(horizonDays))
    var churnDays: [String: [CalendarDate]] = [:]
    var returnDays: [String: [CalendarDate]] = [:]
    for record in truth.records {
      guard let client = record.client, let to = record.to else { continue }
      switch record.kind {
      case .churned: churnDays[client, default: []].append(to)
      case .returned: returnDays[client, default: []].append(to)
      default: break
      }
    }
    let fits = truth.fits
    let weeks = Double(horizonDays) / PurchaseSummary.daysPerWeek
    var cases: [Case] = []
    for assessment in report.assessments {
      let name = assessment.client.rawValue
      guard let summary = report.purchaseModel.summaries[assessment.client],
        let pAlive = assessment.pAlive
      else { continue }
      // Gone by t: its last decision to stop came on or before t, and it has not come back.
      let lastChurn = churnDays[name, default: []].filter { $0 <= date }.max()
      let lastReturn = returnDays[name, default: []].filter { $0 <= date }.max()
      if let lastChurn, lastReturn.map({ $0 < lastChurn }) ?? true { continue }
      let churns = churnDays[name, default: []].contains { $0 > date && $0 <= end }
      let expected = report.fit.expectedPurchases(in: weeks, given: summary)
      cases.append(
        Case(
          client: assessment.client, loyal: assessment.loyal, churns: churns,
          scores: [
            assessment.risk, assessment.churnProbability(policy: policy), 1 - pAlive, -expected,
            (summary.age - summary.recency) * PurchaseSummary.daysPerWeek,
            -Double(summary.frequency), -(fits[name] ?? 0),
          ]))
    }
    cases.sort { $0.client < $1.client }
    self.date = date
    self.horizonDays = horizonDays
    self.fit = report.fit
    self.cases = cases
  }

  /// How many cases churn.
  public var churned: Int { cases.count(where: \.churns) }

  /// ROC AUC of each score for "churns", by ``scoreNames``; nil where a class is empty.
  public func aucs(where include: (Case) -> Bool = { _ in true }) -> [Double?] {
    let chosen = cases.filter(include)
    return Self.scoreNames.indices.map { index in
      ROCAUC.auc(scores: chosen.map { $0.scores[index] }, positives: chosen.map(\.churns))
    }
  }
}
