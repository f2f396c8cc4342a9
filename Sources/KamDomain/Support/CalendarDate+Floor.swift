public import KamTime

extension CalendarDate {
  /// The earliest business day an event may carry: 1970-01-01, the epoch of kam's instants.
  ///
  /// A key-account book has no sales before it; a day such as 0001-01-01 or 1899-12-31 is a
  /// typo, and it would make every client's first sale centuries old (issue #13).
  public static let earliestBusinessDay = CalendarDate(daysSinceEpoch: 0)
}
