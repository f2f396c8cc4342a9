import KamTime

/// A day's listing kept in parts, each the rows of the clients whose slugs fall in it, so
/// that one client's row is read from one part instead of the whole listing.
///
/// On the CDNOW book (23,570 clients) the client listing is 1.3 MB and the risk listing
/// 4.6 MB: reading them whole to decode one row was most of `kam show` and `kam explain`.
/// A client's part is a hash of its slug that is the same on every platform and in every
/// process, so a reader finds it without an index; the parts are always ``count`` of them,
/// so a listing that shrinks leaves none behind. Each part holds its rows' positions in the
/// listing, in order, so the whole listing is read back in its order, each row decoded
/// where it goes (``ClientListing/decoded(parts:on:)``).
///
/// A part is the parts' format, its rows' positions, then the listing's own format and day,
/// a count, and the rows as the listing writes them.
public enum ListingParts {
  /// How many parts a listing is kept in.
  public static let count = 32
  /// The format of a part, apart from its rows'; another one is evaluated again rather
  /// than read.
  public static let format: Int64 = 1

  /// The part `client`'s row is kept in: FNV-1a of its slug's bytes.
  public static func part(of client: ClientSlug) -> Int {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in client.rawValue.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return Int(hash % UInt64(count))
  }

  /// `rows` in ``count`` parts, each headed by the listing's `format` and `date`, with `row`
  /// for each of the part's rows.
  static func encoded<Row>(
    _ rows: [Row], client: (Row) -> ClientSlug, format listing: Int64, on date: CalendarDate,
    row: (inout SnapshotWriter, Row) -> Void
  ) -> [[UInt8]] {
    var positions = Array(repeating: [Int](), count: count)
    for (position, listed) in rows.enumerated() {
      positions[part(of: client(listed))].append(position)
    }
    return positions.map { held in
      var w = SnapshotWriter()
      w.int(format)
      w.array(held) { $0.int($1) }
      w.int(listing)
      w.int(date.daysSinceEpoch)
      w.array(held) { w, position in row(&w, rows[position]) }
      return w.bytes
    }
  }

  /// The rows of every part in the listing's order: each read by `row` from its part, in
  /// turn, every part checked to be of the listing's `format` and `date`.
  ///
  /// - Throws: `SnapshotError` for parts of another format, day or number, damaged, or
  ///   whose positions do not make one listing (each of `0..<n` once, rising within a part).
  static func decoded<Row>(
    _ parts: [[UInt8]], format listing: Int64, on date: CalendarDate,
    row: (inout SnapshotReader) throws(SnapshotError) -> Row
  ) throws(SnapshotError) -> [Row] {
    guard parts.count == count else { throw SnapshotError() }
    var readers: [SnapshotReader] = []
    readers.reserveCapacity(count)
    var held: [[Int]] = []
    held.reserveCapacity(count)
    for part in parts {
      var r = SnapshotReader(part)
      let positions = try r.positions(format: listing, on: date)
      guard try r.count() == positions.count else { throw SnapshotError() }
      readers.append(r)
      held.append(positions)
    }
    // Which part holds each position.
    let total = held.reduce(0) { $0 + $1.count }
    var holder = [Int32](repeating: -1, count: total)
    for (part, positions) in held.enumerated() {
      var previous = -1
      for position in positions {
        guard position > previous, position < total, holder[position] < 0 else {
          throw SnapshotError()
        }
        holder[position] = Int32(part)
        previous = position
      }
    }
    var listing: [Row] = []
    listing.reserveCapacity(total)
    for part in holder { listing.append(try row(&readers[Int(part)])) }
    guard readers.allSatisfy(\.isAtEnd) else { throw SnapshotError() }
    return listing
  }

  /// `client`'s row in `part`, nil when the part does not hold it: the rows before it are
  /// read past by `skip`, not made.
  ///
  /// - Throws: `SnapshotError` for a part of another format or day, or damaged before the
  ///   client's row ends.
  static func decoded<Row>(
    _ part: [UInt8], client: ClientSlug, format listing: Int64, on date: CalendarDate,
    row: (inout SnapshotReader) throws(SnapshotError) -> Row,
    skip: (inout SnapshotReader) throws(SnapshotError) -> Void
  ) throws(SnapshotError) -> Row? {
    var r = SnapshotReader(part)
    _ = try r.positions(format: listing, on: date)
    for _ in 0..<(try r.count()) {
      var found = r
      if try r.string(equals: client.rawValue) { return try row(&found) }
      try skip(&r)
    }
    return nil
  }
}

extension SnapshotReader {
  /// A part's format and its rows' positions, then the listing's format and day, checked.
  fileprivate mutating func positions(format listing: Int64, on date: CalendarDate)
    throws(SnapshotError) -> [Int]
  {
    guard try int() == ListingParts.format else { throw SnapshotError() }
    let positions = try array { r throws(SnapshotError) in Int(try r.int()) }
    guard try int() == listing, try int() == date.daysSinceEpoch else { throw SnapshotError() }
    return positions
  }
}
