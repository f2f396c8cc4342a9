public import KamPurchaseModel
public import KamTime

/// How well churn risk on a past day ranked the clients who then stopped buying.
///
/// On day t the cohort is the clients with a sale in the year before (t − 365, t]; a client
/// churned when it has no sale in (t, t + horizon]. The book's later facts give the truth,
/// the risk sees only facts up to t. Three scores are compared by ROC AUC: kam's risk,
/// 1 − P(alive) alone, and recency alone (days since the last purchase).
public struct RiskBacktest: Hashable, Sendable {
  /// Days before t in which a client must have bought to be in the cohort.
  public static let cohortDays = 365

  /// One client of the cohort: its truth and its three scores.
  public struct Case: Hashable, Sendable {
    /// The client.
    public var client: ClientSlug
    /// Whether loyal on day t.
    public var loyal: Bool
    /// No sale in (t, t + horizon].
    public var churned: Bool
    /// kam's risk on day t.
    public var risk: Double
    /// P(alive) on day t.
    public var pAlive: Double
    /// Days from the last purchase to t.
    public var recencyDays: Double
  }

  /// The evaluation day t.
  public var date: CalendarDate
  /// The horizon in days.
  public var horizonDays: Int
  /// The purchase model used on day t.
  public var fit: PurchaseModelFit
  /// The cohort, in slug order.
  public var cases: [Case]

  /// Assesses the book on `date` and reads the truth from the facts after it.
  ///
  /// The horizon defaults to the policy's `riskHorizonDays`, the one the risk is about.
  ///
  /// - Throws: `PurchaseModelError` only for unusable `options`.
  public init(
    _ histories: [ClientHistory], on date: CalendarDate, policy: Policy,
    classA: Set<ClientSlug> = [], horizonDays: Int? = nil,
    options: PurchaseModelFit.Options = PurchaseModelFit.Options()
  ) throws(PurchaseModelError) {
    let horizonDays = horizonDays ?? policy.riskHorizonDays
    let report = try ChurnRiskReport(
      histories, on: date, policy: policy, classA: classA, options: options)
    var assessments: [ClientSlug: ChurnRiskAssessment] = [:]
    for assessment in report.assessments { assessments[assessment.client] = assessment }
    let cohortStart = date.adding(days: -Int64(Self.cohortDays))
    let horizonEnd = date.adding(days: Int64(horizonDays))
    var cases: [Case] = []
    for history in histories.sorted(by: { $0.client < $1.client }) {
      let days = history.effectiveSales.map(\.date)
      guard let last = days.filter({ $0 <= date }).max(), last > cohortStart,
        let assessment = assessments[history.client]
      else { continue }
      let churned = !days.contains { $0 > date && $0 <= horizonEnd }
      cases.append(
        Case(
          client: history.client, loyal: assessment.loyal, churned: churned,
          risk: assessment.risk, pAlive: assessment.pAlive ?? 1,
          recencyDays: Double(last.days(to: date))))
    }
    self.date = date
    self.horizonDays = horizonDays
    self.fit = report.fit
    self.cases = cases
  }

  /// How many of the cohort churned.
  public var churned: Int { cases.count(where: \.churned) }

  /// The AUC of `score` over the cases `included` selects; nil without both outcomes.
  public func auc(
    of score: (Case) -> Double, where included: (Case) -> Bool = { _ in true }
  ) -> Double? {
    let selected = cases.filter(included)
    return ROCAUC.auc(scores: selected.map(score), positives: selected.map(\.churned))
  }

  /// AUC of kam's risk.
  public var aucRisk: Double? { auc(of: \.risk) }
  /// AUC of 1 − P(alive).
  public var aucPAlive: Double? { auc(of: { 1 - $0.pAlive }) }
  /// AUC of days since the last purchase.
  public var aucRecency: Double? { auc(of: \.recencyDays) }
}
