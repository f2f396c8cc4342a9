public import KamTime

/// The calendar periods of the attention report: months or quarters.
public enum AttentionPeriod: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// Calendar months, labelled `2026-07`.
  case monthly
  /// Calendar quarters, labelled `2026Q3`.
  case quarterly

  /// Months per period.
  private var months: Int { self == .monthly ? 1 : 3 }

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

  /// The period's label: `2026-07` for a month, `2026Q3` for a quarter.
  public func label(of index: Int) -> String {
    let month = index * months
    let year = Self.pad(month / 12, 4)
    switch self {
    case .monthly: return year + "-" + Self.pad(month % 12 + 1, 2)
    case .quarterly: return year + "Q" + String(month % 12 / 3 + 1)
    }
  }

  /// `value` in decimal, zero-padded to `width` digits.
  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(width - digits.count, 0)) + digits
  }

  /// The raw value.
  public var description: String { rawValue }
}
