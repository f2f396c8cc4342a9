public import KamTime

extension ClientListing {
  /// The format of ``encoded(_:on:)``; a change to what a listing holds, or to how any part
  /// of it is evaluated, bumps it, and a book's stored listings of another format are
  /// evaluated again rather than read. Format 2: risks from models fitted by BFGS
  /// (``ChurnRiskModels/format`` 2).
  public static let format: Int64 = 2

  /// A day's listings, in order, in the snapshots' compact binary form (risks bit for bit).
  public static func encoded(_ listings: [ClientListing], on date: CalendarDate) -> [UInt8] {
    var w = SnapshotWriter()
    w.int(format)
    w.int(date.daysSinceEpoch)
    w.array(listings) { $0.write($1) }
    return w.bytes
  }

  /// Reads what ``encoded(_:on:)`` wrote for `date`.
  ///
  /// - Throws: `SnapshotError` for bytes of another format, of another day, or damaged.
  public static func decoded(_ bytes: [UInt8], on date: CalendarDate) throws(SnapshotError)
    -> [ClientListing]
  {
    var r = SnapshotReader(bytes)
    guard try r.int() == format, try r.int() == date.daysSinceEpoch else {
      throw SnapshotError()
    }
    let listings = try r.array { r throws(SnapshotError) in try r.clientListing() }
    guard r.isAtEnd else { throw SnapshotError() }
    return listings
  }

  /// The listing of `client` among those ``encoded(_:on:)`` wrote for `date`, nil when it is
  /// not among them: the rows before it are read past, not built (`kam show`).
  ///
  /// - Throws: `SnapshotError` for bytes of another format, of another day, or damaged
  ///   before the client's row ends.
  public static func decoded(_ bytes: [UInt8], on date: CalendarDate, client: ClientSlug)
    throws(SnapshotError) -> ClientListing?
  {
    var r = SnapshotReader(bytes)
    guard try r.int() == format, try r.int() == date.daysSinceEpoch else {
      throw SnapshotError()
    }
    for _ in 0..<(try r.count()) {
      let row = r
      if try r.string(equals: client.rawValue) {
        var found = row
        return try found.clientListing()
      }
      try r.skipClientListing()
    }
    return nil
  }
}

extension SnapshotWriter {
  mutating func write(_ listing: ClientListing) {
    string(listing.client.rawValue)
    string(listing.name)
    optional(listing.owner) { $0.string($1) }
    optional(listing.segment) { $0.string($1) }
    string(listing.stage.rawValue)
    int(listing.value.revenue.minorUnits)
    int(listing.value.cogs.minorUnits)
    int(listing.value.costToServe.minorUnits)
    int(listing.value.profit.minorUnits)
    string(listing.paretoClass.rawValue)
    array(listing.keyAccountReasons) { $0.string($1.rawValue) }
    optional(listing.quadrantLabel) { $0.string($1) }
    optional(listing.churnRisk) { $0.double($1) }
    bool(listing.isProspect)
  }
}

extension SnapshotReader {
  /// Reads past the rest of a listing whose client was read: field for field what
  /// ``SnapshotWriter/write(_:)`` writes after the slug.
  mutating func skipClientListing() throws(SnapshotError) {
    try skipString()
    if try bool() { try skipString() }
    if try bool() { try skipString() }
    try skipString()
    for _ in 0..<4 { _ = try int() }
    try skipString()
    for _ in 0..<(try count()) { try skipString() }
    if try bool() { try skipString() }
    if try bool() { _ = try double() }
    _ = try bool()
  }

  mutating func clientListing() throws(SnapshotError) -> ClientListing {
    guard let client = ClientSlug(rawValue: try string()) else { throw SnapshotError() }
    let name = try string()
    let owner = try optional { r throws(SnapshotError) in try r.string() }
    let segment = try optional { r throws(SnapshotError) in try r.string() }
    let stage = try raw(Stage.self)
    var value = ClientValue(
      client: client, revenue: Money(minorUnits: try int()),
      cogs: Money(minorUnits: try int()), costToServe: Money(minorUnits: try int()))
    // As evaluated, not derived again: a saturated sum stays what the view showed.
    value.profit = Money(minorUnits: try int())
    let paretoClass = try raw(ParetoClass.self)
    let reasons = try array { r throws(SnapshotError) in try r.raw(KeyAccountReason.self) }
    let quadrant = try optional { r throws(SnapshotError) in try r.string() }
    let risk = try optional { r throws(SnapshotError) in try r.double() }
    return ClientListing(
      client: client, name: name, owner: owner, segment: segment, stage: stage, value: value,
      paretoClass: paretoClass, keyAccountReasons: reasons, quadrantLabel: quadrant,
      churnRisk: risk, isProspect: try bool())
  }
}
