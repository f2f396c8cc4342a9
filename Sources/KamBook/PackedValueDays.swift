import KamDomain
import KamTime

/// The `days` column of `client_value`: a client's ``ValueDay``s in date
/// order, each as four zigzag LEB128 varints (day, revenue, cost of goods,
/// cost to serve).
///
/// See `schema/0004_client_value.sql`. Varints keep a day near ten bytes; the
/// row is rewritten with every event of its client, so its size is what a
/// logging command writes. Summing a window reads the bytes in place.
enum PackedValueDays {
  /// Packs days (in date order) into the column's bytes.
  static func pack(_ days: [ValueDay]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(days.count * 10)
    for day in days {
      for field in [
        day.date.daysSinceEpoch, day.revenue.minorUnits, day.cogs.minorUnits,
        day.costToServe.minorUnits,
      ] {
        Varint.append(field, to: &bytes)
      }
    }
    return bytes
  }

  /// The sums of the packed days inside `window`: revenue, cost of goods, cost
  /// to serve. Bytes that end inside a day are ignored from that day on.
  static func sum(_ bytes: UnsafeRawBufferPointer, in window: ValueWindow) -> (Money, Money, Money)
  {
    var totals: (Int64, Int64, Int64) = (0, 0, 0)
    var offset = 0
    func next() -> Int64? { Varint.read(bytes, at: &offset) }
    while let day = next(), let revenue = next(), let cogs = next(), let serve = next() {
      guard window.contains(CalendarDate(daysSinceEpoch: day)) else { continue }
      totals.0 += revenue
      totals.1 += cogs
      totals.2 += serve
    }
    return (
      Money(minorUnits: totals.0), Money(minorUnits: totals.1), Money(minorUnits: totals.2)
    )
  }
}
