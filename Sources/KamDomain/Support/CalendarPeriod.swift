public import KamTime

/// Calendar periods that reports count by: months, quarters or years.
public enum CalendarPeriod: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// Calendar months, labelled `2026-07`.
  case monthly
  /// Calendar quarters, labelled `2026Q3`.
  case quarterly
  /// Calendar years, labelled `2026`.
  case yearly

  /// Months per period.
  private var months: Int {
    switch self {
    case .monthly: 1
    case .quarterly: 3
    case .yearly: 12
    }
  }

  /// The period holding `date`, as a count of periods since year 0.
  public func index(of date: CalendarDate) -> Int {
    let (year, month, _) = date.components
    return (year * 12 + month - 1) / months
  }

  /// The first day of the period `index`.
  public func start(of index: Int) -> CalendarDate {
    let month = index * months
    return CalendarDate(year: month / 12, month: month % 12 + 1, day: 1)!
  }

  /// The period's label: `2026-07` for a month, `2026Q3` for a quarter, `2026` for a year.
  public func label(of index: Int) -> String {
    let month = index * months
    let year = Self.pad(month / 12, 4)
    switch self {
    case .monthly: return year + "-" + Self.pad(month % 12 + 1, 2)
    case .quarterly: return year + "Q" + String(month % 12 / 3 + 1)
    case .yearly: return year
    }
  }

  /// The label of the period holding `date`.
  public func label(of date: CalendarDate) -> String { label(of: index(of: date)) }

  /// `value` in decimal, zero-padded to `width` digits.
  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(width - digits.count, 0)) + digits
  }

  /// The raw value.
  public var description: String { rawValue }
}
