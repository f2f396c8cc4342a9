public import KamTime

/// One business day of a client's value: what it earned and what serving it cost.
///
/// The value projection stores a client's days, so the value over any window
/// is a sum of the days inside it (see ``ClientHistory/valueDays(policy:)``).
public struct ValueDay: Hashable, Sendable {
  /// The business day.
  public var date: CalendarDate
  /// Net sales dated that day.
  public var revenue: Money
  /// Their cost of goods.
  public var cogs: Money
  /// Meetings held and complaints resolved that day.
  public var costToServe: Money

  /// A day with the given amounts (none by default).
  public init(
    date: CalendarDate, revenue: Money = .zero, cogs: Money = .zero, costToServe: Money = .zero
  ) {
    self.date = date
    self.revenue = revenue
    self.cogs = cogs
    self.costToServe = costToServe
  }
}
