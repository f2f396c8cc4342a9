public import KamTime

extension ClientListing {
  /// The format of a listing's rows (``encodedParts(_:on:)``); a change to what a listing
  /// holds, or to how any part of it is evaluated, bumps it, and a book's stored listings of
  /// another format are evaluated again rather than read. Format 2: risks from models fitted
  /// by BFGS (``ChurnRiskModels/format`` 2).
  public static let format: Int64 = 2

  /// A day's listings, in order, in ``ListingParts/count`` parts by slug (``ListingParts``),
  /// in the snapshots' compact binary form (risks bit for bit).
  public static func encodedParts(_ listings: [ClientListing], on date: CalendarDate)
    -> [[UInt8]]
  {
    ListingParts.encoded(listings, client: \.client, format: format, on: date) {
      $0.write($1)
    }
  }

  /// Reads what ``encodedParts(_:on:)`` wrote for `date`, back in the listings' order.
  ///
  /// - Throws: `SnapshotError` for parts of another format, of another day, or damaged.
  public static func decoded(parts: [[UInt8]], on date: CalendarDate) throws(SnapshotError)
    -> [ClientListing]
  {
    try ListingParts.decoded(parts, format: format, on: date) { r throws(SnapshotError) in
      try r.clientListing()
    }
  }

  /// The listing of `client` in `part` of what ``encodedParts(_:on:)`` wrote for `date`
  /// (part ``ListingParts/part(of:)``), nil when it is not there (`kam show`).
  ///
  /// - Throws: `SnapshotError` for a part of another format, of another day, or damaged
  ///   before the client's row ends.
  public static func decoded(part: [UInt8], on date: CalendarDate, client: ClientSlug)
    throws(SnapshotError) -> ClientListing?
  {
    try ListingParts.decoded(
      part, client: client, format: format, on: date,
      row: { r throws(SnapshotError) in try r.clientListing() },
      skip: { r throws(SnapshotError) in try r.skipClientListing() })
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
