public import KamTime

/// The prospect fit judged on what happened later: scored on one day from the clients'
/// first weeks, then ranked against "buys again after a later day" beside the simple early
/// signals one would try instead (issue #19's CDNOW check, docs/profile.md).
///
/// ```swift
/// let holdout = ProspectHoldout(histories, on: march31, boughtAfter: september30, policy: policy)
/// holdout.auc(.fit)  // against holdout.auc(.daysThenAmount), the best simple signal
/// ```
public struct ProspectHoldout: Sendable {
  /// A score that ranks "buys again": higher means more likely to.
  public enum Score: String, CaseIterable, Hashable, Sendable {
    /// kam's fit.
    case fit = "fit (kam)"
    /// The first purchase day's amount.
    case firstOrder = "first purchase amount"
    /// Purchase days so far.
    case purchaseDays = "purchase days so far"
    /// Amount so far.
    case amountSoFar = "amount so far"
    /// Purchase days so far, ties broken by the amount so far.
    case daysThenAmount = "purchase days, then amount"
  }

  /// The report the fits come from.
  public var report: ProspectReport
  /// The day after which a sale counts as buying again.
  public var boughtAfter: CalendarDate
  /// Whether each scored client bought after ``boughtAfter``, in `scores` order.
  public var boughtAgain: [Bool] = []
  /// Each score of each scored client: the scored clients with a fit.
  public var scores: [Score: [Double]] = [:]

  /// Scores `histories` on `date` and labels each client with a fit by its sales after
  /// `boughtAfter`; those sales are read only for the label.
  public init(
    _ histories: [ClientHistory], on date: CalendarDate, boughtAfter: CalendarDate,
    policy: Policy
  ) {
    report = ProspectReport(histories.filter { $0.isKnown(by: date) }, on: date, policy: policy)
    self.boughtAfter = boughtAfter
    let byClient = Dictionary(
      histories.map { ($0.client, $0) }, uniquingKeysWith: { first, _ in first })
    let early = report.fits.compactMap { fit -> (Double, EarlyFacts, Bool)? in
      guard let value = fit.fit, let history = byClient[fit.client],
        let facts = EarlyFacts(history, on: date, earlyDays: report.profile.earlyDays)
      else { return nil }
      let again = history.sales.contains {
        $0.date > boughtAfter && !history.isRetracted($0.seq)
      }
      return (value, facts, again)
    }
    let largest = early.map { $0.1.values[.amountSoFar] ?? 0 }.max() ?? 0
    for (fit, facts, again) in early {
      boughtAgain.append(again)
      let days = facts.values[.purchaseDays] ?? 0
      let amount = facts.values[.amountSoFar] ?? 0
      let values: [Score: Double] = [
        .fit: fit, .firstOrder: facts.values[.firstOrder] ?? 0, .purchaseDays: days,
        .amountSoFar: amount, .daysThenAmount: days + amount / (largest + 1),
      ]
      for (score, value) in values { scores[score, default: []].append(value) }
    }
  }

  /// The ROC AUC of `score` for "bought again" (ties count half); nil without both kinds.
  public func auc(_ score: Score) -> Double? {
    ROCAUC.auc(scores: scores[score] ?? [], positives: boughtAgain)
  }
}
