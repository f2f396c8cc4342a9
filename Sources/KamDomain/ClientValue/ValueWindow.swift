public import KamTime

/// The trailing window a client's value is measured over: the `days` days ending on `end`.
///
/// A fact dated `d` is inside when `end − days < d ≤ end`, that is from
/// `end − days + 1` through `end`, both inclusive. With the default 365 days
/// and `end` = 2026-12-31 the window is 2026-01-01…2026-12-31: a sale exactly
/// `days` days before `end` belongs to the previous window, so consecutive
/// windows never count a day twice. Facts dated after `end` are not known yet
/// "as of" `end` and are outside too.
public struct ValueWindow: Hashable, Sendable {
  /// The evaluation date: the last day inside the window.
  public var end: CalendarDate
  /// The window's length in days (at least 1).
  public var days: Int64

  /// The window of `days` days ending on `end` (a length below 1 is taken as 1).
  public init(endingOn end: CalendarDate, days: Int64) {
    self.end = end
    self.days = max(days, 1)
  }

  /// The policy's window (`windowDays`) ending on `end`.
  public init(endingOn end: CalendarDate, policy: Policy) {
    self.init(endingOn: end, days: Int64(policy.windowDays))
  }

  /// The window of the days `days` holds: from its lower bound up to, not including, its
  /// upper one (an empty range is taken as its first day alone).
  public init(_ days: Range<CalendarDate>) {
    self.init(
      endingOn: days.upperBound.adding(days: -1), days: days.lowerBound.days(to: days.upperBound))
  }

  /// The first day inside the window: `end − days + 1`.
  public var first: CalendarDate { end.adding(days: 1 - days) }

  /// True when `date` falls inside the window.
  public func contains(_ date: CalendarDate) -> Bool {
    date > end.adding(days: -days) && date <= end
  }
}
