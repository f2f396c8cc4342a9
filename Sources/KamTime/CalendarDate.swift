/// A business date: a day in the proleptic Gregorian calendar, with no time zone.
///
/// Stored as the number of days since 1970-01-01 so that comparing and
/// subtracting dates is integer arithmetic.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public var daysSinceEpoch: Int64

  /// Wraps a day count.
  public init(daysSinceEpoch: Int64) { self.daysSinceEpoch = daysSinceEpoch }

  /// A date from its parts, or nil when they do not name a real day (2026-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else {
      return nil
    }
    // Howard Hinnant's days_from_civil.
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let m = Int64(month)
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    self.daysSinceEpoch = era * 146_097 + doe - 719_468
  }

  /// Parses `YYYY-MM-DD`; nil for anything else, including impossible days.
  public init?(iso text: some StringProtocol) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
      let day = Self.number(bytes[8..<10])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The year, month and day.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = daysSinceEpoch + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return (Int(year), Int(month), Int(day))
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    guard (0...9999).contains(year) else {
      return Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2)
    }
    // Ten ASCII digits and dashes, written in place: a whole-book table prints
    // tens of thousands of dates, and building each from five strings showed.
    return String(unsafeUninitializedCapacity: 10) { buffer in
      buffer[0] = UInt8(48 + year / 1000)
      buffer[1] = UInt8(48 + year / 100 % 10)
      buffer[2] = UInt8(48 + year / 10 % 10)
      buffer[3] = UInt8(48 + year % 10)
      buffer[4] = 0x2D
      buffer[5] = UInt8(48 + month / 10)
      buffer[6] = UInt8(48 + month % 10)
      buffer[7] = 0x2D
      buffer[8] = UInt8(48 + day / 10)
      buffer[9] = UInt8(48 + day % 10)
      return 10
    }
  }

  /// The date `days` later (earlier when negative).
  public func adding(days: Int64) -> CalendarDate {
    CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
  }

  /// Whole days from `self` to `other`.
  public func days(to other: CalendarDate) -> Int64 { other.daysSinceEpoch - daysSinceEpoch }

  /// The first instant of the day, UTC.
  public var start: Instant {
    Instant(millisecondsSinceEpoch: daysSinceEpoch * Instant.millisecondsPerDay)
  }

  /// The last millisecond of the day, UTC: "as of the end of that day".
  public var end: Instant { adding(days: 1).start.advanced(byMilliseconds: -1) }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    lhs.daysSinceEpoch < rhs.daysSinceEpoch
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in digits {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
