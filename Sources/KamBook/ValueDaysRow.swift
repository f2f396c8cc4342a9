package import KamTime

/// A client's row of the value projection: the day it is known from, and its
/// days packed by ``PackedValueDays``.
package struct ValueDaysRow: Sendable, Hashable {
  /// Registration, or the earliest fact that counts.
  package var firstDay: CalendarDate
  /// The packed days.
  package var days: [UInt8]

  /// Creates a row.
  package init(firstDay: CalendarDate, days: [UInt8]) {
    self.firstDay = firstDay
    self.days = days
  }
}
