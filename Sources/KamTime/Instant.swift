/// A point in time, UTC, to the millisecond.
///
/// Used for both of an event's times: when it occurred (business time) and when
/// it was recorded (system time).
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Milliseconds since 1970-01-01T00:00:00Z.
  public var millisecondsSinceEpoch: Int64

  /// Milliseconds in a day.
  public static let millisecondsPerDay: Int64 = 86_400_000

  /// Wraps a millisecond count.
  public init(millisecondsSinceEpoch: Int64) {
    self.millisecondsSinceEpoch = millisecondsSinceEpoch
  }

  /// The calendar day (UTC) this instant falls on.
  public var date: CalendarDate {
    let (quotient, remainder) = millisecondsSinceEpoch.quotientAndRemainder(
      dividingBy: Self.millisecondsPerDay)
    return CalendarDate(daysSinceEpoch: remainder < 0 ? quotient - 1 : quotient)
  }

  /// The instant `milliseconds` later.
  public func advanced(byMilliseconds milliseconds: Int64) -> Instant {
    Instant(millisecondsSinceEpoch: millisecondsSinceEpoch + milliseconds)
  }

  /// ISO 8601 in UTC with milliseconds: `2026-11-28T23:15:55.123Z`.
  public var description: String {
    let day = date
    let inDay = millisecondsSinceEpoch - day.daysSinceEpoch * Self.millisecondsPerDay
    let hours = Int(inDay / 3_600_000)
    let minutes = Int(inDay / 60_000 % 60)
    let seconds = Int(inDay / 1000 % 60)
    let millis = Int(inDay % 1000)
    return "\(day)T\(CalendarDate.pad(hours, 2)):\(CalendarDate.pad(minutes, 2)):"
      + "\(CalendarDate.pad(seconds, 2)).\(CalendarDate.pad(millis, 3))Z"
  }

  public static func < (lhs: Instant, rhs: Instant) -> Bool {
    lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
  }
}
