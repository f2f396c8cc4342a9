import KamDomain
import KamTime

/// The `days` column of `client_value`: a client's ``ValueDay``s packed as
/// four little-endian Int64s each (day, revenue, cost of goods, cost to serve).
///
/// See `schema/0004_client_value.sql`. Summing a window reads the bytes in
/// place, with no value per day allocated.
enum PackedValueDays {
  /// Bytes per day.
  static let stride = 32

  /// Packs days (in date order) into the column's bytes.
  static func pack(_ days: [ValueDay]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(days.count * stride)
    for day in days {
      for field in [
        day.date.daysSinceEpoch, day.revenue.minorUnits, day.cogs.minorUnits,
        day.costToServe.minorUnits,
      ] {
        withUnsafeBytes(of: field.littleEndian) { bytes.append(contentsOf: $0) }
      }
    }
    return bytes
  }

  /// The sums of the packed days inside `window`: revenue, cost of goods, cost to serve.
  static func sum(_ bytes: UnsafeRawBufferPointer, in window: ValueWindow) -> (Money, Money, Money)
  {
    var revenue: Int64 = 0
    var cogs: Int64 = 0
    var serve: Int64 = 0
    var offset = 0
    while offset + stride <= bytes.count {
      func field(_ n: Int) -> Int64 {
        Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8 * n, as: Int64.self))
      }
      if window.contains(CalendarDate(daysSinceEpoch: field(0))) {
        revenue += field(1)
        cogs += field(2)
        serve += field(3)
      }
      offset += stride
    }
    return (Money(minorUnits: revenue), Money(minorUnits: cogs), Money(minorUnits: serve))
  }
}
