import KamTime

extension PeriodExpression {
  /// The days one term names, lowercased: `2026`, `2026q1`, `2026-03`, `2026w10`
  /// (ISO week, Monday first), `2026-03-05`, `today`, `yesterday`, or `this` or
  /// `last` with `week`, `month`, `quarter` or `year`; nil for anything else.
  static func span(_ term: Substring, today: CalendarDate) -> Range<CalendarDate>? {
    switch term {
    case "today": return today..<today.adding(days: 1)
    case "yesterday": return today.adding(days: -1)..<today
    default: break
    }
    let words = term.split(separator: " ")
    if words.count == 2, let step = ["last": -1, "this": 0][words[0]] {
      return relative(String(words[1]), step: step, today: today)
    }
    return absolute(Array(term.utf8))
  }

  /// `this` (step 0) or `last` (step -1) week, month, quarter or year around `today`.
  private static func relative(_ unit: String, step: Int, today: CalendarDate)
    -> Range<CalendarDate>?
  {
    switch unit {
    case "week":
      let start = today.startOfWeek.adding(days: Int64(step) * 7)
      return start..<start.adding(days: 7)
    case "month": return months(today.startOfMonth(adding: step), 1)
    case "quarter": return months(today.startOfQuarter.startOfMonth(adding: 3 * step), 3)
    case "year": return months(today.startOfYear.startOfMonth(adding: 12 * step), 12)
    default: return nil
    }
  }

  /// A span written with digits: a year, a quarter, a month, an ISO week or a day.
  private static func absolute(_ bytes: [UInt8]) -> Range<CalendarDate>? {
    guard bytes.count >= 4, let year = number(bytes[0..<4]), year >= 1 else { return nil }
    let rest = bytes[4...]
    switch rest.count {
    case 0: return months(CalendarDate(year: year, month: 1, day: 1)!, 12)
    case 2 where rest.first == UInt8(ascii: "q"):
      guard let quarter = number(rest.dropFirst()), (1...4).contains(quarter) else { return nil }
      return months(CalendarDate(year: year, month: quarter * 3 - 2, day: 1)!, 3)
    case 3 where rest.first == UInt8(ascii: "w"), 4 where rest.starts(with: Array("-w".utf8)):
      guard let week = number(rest.suffix(2)), let monday = CalendarDate.isoWeek(week, of: year)
      else { return nil }
      return monday..<monday.adding(days: 7)
    case 3 where rest.first == UInt8(ascii: "-"):
      guard let month = number(rest.dropFirst()), (1...12).contains(month) else { return nil }
      return months(CalendarDate(year: year, month: month, day: 1)!, 1)
    case 6:
      guard let day = CalendarDate(iso: String(decoding: bytes, as: UTF8.self)) else { return nil }
      return day..<day.adding(days: 1)
    default: return nil
    }
  }

  /// `count` months from `start`, the first day of a month.
  private static func months(_ start: CalendarDate, _ count: Int) -> Range<CalendarDate> {
    start..<start.startOfMonth(adding: count)
  }

  /// Decimal digits only, as a number.
  private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    guard !digits.isEmpty else { return nil }
    var value = 0
    for byte in digits {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }
}
