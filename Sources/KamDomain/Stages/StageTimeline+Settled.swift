public import KamTime

extension StageTimeline {
  /// The last day on which `history`'s stage can change without a new event:
  /// after it, every rule's inputs stay constant and every grace has ended
  /// (a grace ends `demotionGraceDays` after a critical day).
  ///
  /// A projection computes the timeline through this day once, stores every
  /// transition, and answers "as of today" by ignoring those dated later, so
  /// passing time needs no recomputation.
  public static func settledDay(of history: ClientHistory, policy: Policy) -> CalendarDate? {
    let facts = StageFacts(history, policy: policy)
    guard let first = facts.firstDay else { return nil }
    let last = max(first, facts.criticalDays(policy: policy).keys.max() ?? first)
    return last.adding(days: Int64(policy.demotionGraceDays))
  }

  /// The timeline through the day it settles: every transition the history
  /// will ever have unless new events arrive.
  public init(settled history: borrowing ClientHistory, policy: Policy) {
    // The facts and critical days once, for the settled day and the timeline alike.
    let facts = StageFacts(history, policy: policy)
    let critical = facts.criticalDays(policy: policy)
    let grace = Int64(policy.demotionGraceDays)
    let last =
      facts.firstDay.map { max($0, critical.keys.max() ?? $0).adding(days: grace) }
      ?? CalendarDate(daysSinceEpoch: 0)
    self.init(history.client, facts, critical, through: last, policy: policy)
  }
}
