public import KamPurchaseModel
public import KamTime

/// Churn risk judged on a held-out period: assessed at the end of a calibration period
/// with the holdout as its horizon, then scored on who bought in the holdout.
///
/// The test a sceptic of a purchase model runs first (issue #15): rank "buys again in the
/// holdout" by kam's risk and by the scores one would try instead (the purchase model's
/// E[X], recency, frequency, P(alive)), and read the risk as a probability against the
/// share that did not buy. Only clients that bought by the calibration end are scored.
///
/// ```swift
/// let holdout = try HoldoutEvaluation(histories, calibrationEnd: end, holdoutEnd: later)
/// holdout.auc(.risk)  // higher ranks "buys again" better
/// ```
public struct HoldoutEvaluation: Sendable {
  /// A score that ranks "buys again": higher means more likely to buy.
  public enum Score: String, CaseIterable, Hashable, Sendable {
    /// 1 − kam's risk.
    case risk = "1 − risk (kam)"
    /// 1 − kam's churn probability.
    case churnProbability = "1 − churn probability (kam)"
    /// The purchase model's expected purchases in the holdout.
    case expectedPurchases = "E[X(holdout)] (purchase model)"
    /// The purchase model's P(alive).
    case pAlive = "P(alive)"
    /// −days since the last purchase.
    case recency = "recency (−days since the last purchase)"
    /// Repeat purchase days.
    case frequency = "frequency (repeat purchase days)"
  }

  /// One decile of the reliability table, ordered by the risk.
  public struct Decile: Hashable, Sendable {
    /// Clients in it.
    public var clients: Int
    /// Their mean risk: the predicted chance of no purchase in the holdout.
    public var predicted: Double
    /// The share of them that made none.
    public var observed: Double
  }

  /// The report the scores come from, assessed on the calibration end.
  public var report: ChurnRiskReport
  /// The holdout's last day.
  public var holdoutEnd: CalendarDate
  /// Whether each scored client bought in the holdout, in `scores` order.
  public var boughtAgain: [Bool]
  /// Each score of each scored client.
  public var scores: [Score: [Double]]

  /// Assesses `histories` on `calibrationEnd` with a horizon to `holdoutEnd` and labels each
  /// client by its sales (that count) in between.
  ///
  /// - Throws: `PurchaseModelError` only for unusable fit options.
  public init(
    _ histories: [ClientHistory], calibrationEnd: CalendarDate, holdoutEnd: CalendarDate,
    policy: Policy = Policy()
  ) throws(PurchaseModelError) {
    var policy = policy
    policy.riskHorizonDays = max(Int(calibrationEnd.days(to: holdoutEnd)), 1)
    report = try ChurnRiskReport(histories, on: calibrationEnd, policy: policy)
    self.holdoutEnd = holdoutEnd
    let bought = Dictionary(
      histories.map { history in
        (
          history.client,
          history.sales.contains {
            !history.isRetracted($0.seq) && $0.date > calibrationEnd && $0.date <= holdoutEnd
          }
        )
      }, uniquingKeysWith: { first, _ in first })
    let weeks = Double(policy.riskHorizonDays) / PurchaseSummary.daysPerWeek
    boughtAgain = []
    scores = [:]
    for assessment in report.assessments {
      guard let summary = report.purchaseModel.summaries[assessment.client],
        let pAlive = assessment.pAlive
      else { continue }
      boughtAgain.append(bought[assessment.client] ?? false)
      let values: [Score: Double] = [
        .risk: 1 - assessment.risk,
        .churnProbability: 1 - assessment.churnProbability(policy: policy),
        .expectedPurchases: report.fit.expectedPurchases(in: weeks, given: summary),
        .pAlive: pAlive,
        .recency: -(summary.age - summary.recency),
        .frequency: Double(summary.frequency),
      ]
      for (score, value) in values { scores[score, default: []].append(value) }
    }
  }

  /// The ROC AUC of `score` for "bought again" (ties count half); nil without both kinds.
  public func auc(_ score: Score) -> Double? {
    ROCAUC.auc(scores: scores[score] ?? [], positives: boughtAgain)
  }

  /// The mean risk of the scored clients: the predicted share with no purchase.
  public var meanPredicted: Double {
    let risks = scores[.risk] ?? []
    return risks.isEmpty ? .nan : 1 - risks.reduce(0, +) / Double(risks.count)
  }

  /// The share of the scored clients that made no purchase in the holdout.
  public var observed: Double {
    boughtAgain.isEmpty
      ? .nan : Double(boughtAgain.count(where: { !$0 })) / Double(boughtAgain.count)
  }

  /// The reliability table: clients in ten equal groups by rising risk (ties by position).
  public var deciles: [Decile] {
    let risks = (scores[.risk] ?? []).map { 1 - $0 }
    let order = risks.indices.sorted { (risks[$0], $0) < (risks[$1], $1) }
    return (0..<10).compactMap { decile in
      let slice = order[(order.count * decile / 10)..<(order.count * (decile + 1) / 10)]
      guard !slice.isEmpty else { return nil }
      return Decile(
        clients: slice.count,
        predicted: slice.map { risks[$0] }.reduce(0, +) / Double(slice.count),
        observed: Double(slice.count(where: { !boughtAgain[$0] })) / Double(slice.count))
    }
  }
}
