extension CalendarDate {
  /// The day of the week, Monday 0 to Sunday 6 (ISO 8601 counts weeks from Monday).
  public var weekdayFromMonday: Int {
    // 1970-01-01 was a Thursday, 3 days after a Monday.
    let offset = (daysSinceEpoch + 3) % 7
    return Int(offset < 0 ? offset + 7 : offset)
  }

  /// The Monday of the week holding this day.
  public var startOfWeek: CalendarDate { adding(days: -Int64(weekdayFromMonday)) }

  /// The first day of this day's month.
  public var startOfMonth: CalendarDate {
    let (year, month, _) = components
    return CalendarDate(year: year, month: month, day: 1)!
  }

  /// The first day of this day's calendar quarter.
  public var startOfQuarter: CalendarDate {
    let (year, month, _) = components
    return CalendarDate(year: year, month: (month - 1) / 3 * 3 + 1, day: 1)!
  }

  /// The first day of this day's year.
  public var startOfYear: CalendarDate { CalendarDate(year: components.year, month: 1, day: 1)! }

  /// The first day of the month `months` months after this day's (before, when negative).
  public func startOfMonth(adding months: Int) -> CalendarDate {
    let (year, month, _) = components
    let index = year * 12 + month - 1 + months
    let (whole, rest) = index.quotientAndRemainder(dividingBy: 12)
    return rest < 0
      ? CalendarDate(year: whole - 1, month: rest + 13, day: 1)!
      : CalendarDate(year: whole, month: rest + 1, day: 1)!
  }

  /// The Monday of ISO week `week` of `year`, or nil when the year has no such week
  /// (week 53 exists only when 1 January is a Thursday, or a Wednesday in a leap year).
  ///
  /// Week 1 is the week holding the year's first Thursday, so it can start in
  /// December of the year before: week 1 of 2026 starts on 2025-12-29.
  public static func isoWeek(_ week: Int, of year: Int) -> CalendarDate? {
    guard week >= 1, let first = firstISOWeek(of: year), let next = firstISOWeek(of: year + 1)
    else { return nil }
    let monday = first.adding(days: Int64(week - 1) * 7)
    return monday < next ? monday : nil
  }

  /// The Monday of ISO week 1: the week holding 4 January.
  private static func firstISOWeek(of year: Int) -> CalendarDate? {
    CalendarDate(year: year, month: 1, day: 4)?.startOfWeek
  }
}
