public import KamTime

/// The calendar periods of the attention report: months or quarters.
public enum AttentionPeriod: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// Calendar months, labelled `2026-07`.
  case monthly
  /// Calendar quarters, labelled `2026Q3`.
  case quarterly

  /// The calendar period it counts by.
  public var calendarPeriod: CalendarPeriod { self == .monthly ? .monthly : .quarterly }

  /// The period holding `date`, as a count of periods since year 0.
  public func index(of date: CalendarDate) -> Int { calendarPeriod.index(of: date) }

  /// The first day of the period `index`.
  public func start(of index: Int) -> CalendarDate { calendarPeriod.start(of: index) }

  /// The period's label: `2026-07` for a month, `2026Q3` for a quarter.
  public func label(of index: Int) -> String { calendarPeriod.label(of: index) }

  /// The raw value.
  public var description: String { rawValue }
}
