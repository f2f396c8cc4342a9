public import KamTime

extension RiskListing {
  /// The format of a risk listing's rows (``encodedParts(_:on:)``); bumped as
  /// ``ClientListing/format`` is, and with it, and whenever ``RiskSignal``'s cases change (a
  /// signal is written as its position).
  public static let format: Int64 = 2 + ClientListing.format * 1_000

  /// A day's risk listings, in order, in ``ListingParts/count`` parts by slug
  /// (``ListingParts``), in the snapshots' compact binary form (every double bit for bit).
  ///
  /// An assessment is written as its readings alone: its risk, band and reasons are what
  /// ``ChurnRiskAssessment/init(client:loyal:pAlive:signals:policy:)`` makes of them under
  /// the policy the listing was evaluated with, which is the policy a listing is read
  /// back with (``decoded(parts:on:policy:)``). That halves a book's stored risk listing
  /// (7 MB for the CDNOW book's 23,570 clients), which every first query after a write
  /// rewrites.
  public static func encodedParts(_ listings: [RiskListing], on date: CalendarDate)
    -> [[UInt8]]
  {
    let signals = RiskSignal.allCases
    return ListingParts.encoded(
      listings, client: \.client.client, format: format, on: date
    ) { $0.write($1, signals: signals) }
  }

  /// Reads what ``encodedParts(_:on:)`` wrote for `date`, back in the listings' order, the
  /// listing evaluated under `policy`.
  ///
  /// - Throws: `SnapshotError` for parts of another format, of another day, or damaged.
  public static func decoded(parts: [[UInt8]], on date: CalendarDate, policy: Policy)
    throws(SnapshotError) -> [RiskListing]
  {
    let signals = RiskSignal.allCases
    return try ListingParts.decoded(
      parts, format: format, on: date
    ) { r throws(SnapshotError) in try r.riskListing(policy: policy, signals: signals) }
  }

  /// One client's risk listing in `part` of what ``encodedParts(_:on:)`` wrote for `date`
  /// (part ``ListingParts/part(of:)``), nil when it is not there (`kam explain`).
  ///
  /// - Throws: `SnapshotError` for a part of another format, of another day, or damaged
  ///   before the client's row ends.
  public static func decoded(
    part: [UInt8], on date: CalendarDate, policy: Policy, client: ClientSlug
  ) throws(SnapshotError) -> RiskListing? {
    let signals = RiskSignal.allCases
    return try ListingParts.decoded(
      part, client: client,
      format: format, on: date,
      row: { r throws(SnapshotError) in try r.riskListing(policy: policy, signals: signals) },
      skip: { r throws(SnapshotError) in
        try r.skipClientListing()
        try r.skipRiskListingRest()
      })
  }
}

extension SnapshotWriter {
  /// One risk listing, as ``RiskListing/encodedParts(_:on:)`` writes each.
  fileprivate mutating func write(_ listing: RiskListing, signals: [RiskSignal]) {
    write(listing.client)
    let assessment = listing.assessment
    bool(assessment.loyal)
    optional(assessment.pAlive) { $0.double($1) }
    array(assessment.signals) { w, reading in
      w.int(signals.firstIndex(of: reading.signal)!)
      w.double(reading.value)
      w.optional(reading.detail) { $0.double($1) }
      w.double(reading.score)
    }
    let stake = listing.stake
    double(stake.expectedPurchases)
    optional(stake.expectedSpend) { $0.double($1) }
    double(stake.margin)
    int(stake.expectedProfit.minorUnits)
    int(stake.valueAtStake.minorUnits)
    optional(stake.lastPurchase) { $0.int($1.daysSinceEpoch) }
    optional(stake.lastContact) { $0.int($1.daysSinceEpoch) }
  }
}

extension SnapshotReader {
  /// A risk listing as ``RiskListing/encodedParts(_:on:)`` wrote it, its assessment made under
  /// `policy`.
  fileprivate mutating func riskListing(policy: Policy, signals: [RiskSignal])
    throws(SnapshotError) -> RiskListing
  {
    let client = try clientListing()
    let loyal = try bool()
    let pAlive = try optional { r throws(SnapshotError) in try r.double() }
    let readings = try array { r throws(SnapshotError) in
      let position = try r.int()
      guard signals.indices.contains(Int(position)) else { throw SnapshotError() }
      let value = try r.double()
      let detail = try r.optional { r throws(SnapshotError) in try r.double() }
      return SignalReading(
        signals[Int(position)], value: value, detail: detail, score: try r.double())
    }
    let stake = ClientStake(
      expectedPurchases: try double(),
      expectedSpend: try optional { r throws(SnapshotError) in try r.double() },
      margin: try double(), expectedProfit: Money(minorUnits: try int()),
      valueAtStake: Money(minorUnits: try int()),
      lastPurchase: try optional { r throws(SnapshotError) in
        CalendarDate(daysSinceEpoch: try r.int())
      },
      lastContact: try optional { r throws(SnapshotError) in
        CalendarDate(daysSinceEpoch: try r.int())
      })
    return RiskListing(
      client: client,
      assessment: ChurnRiskAssessment(
        client: client.client, loyal: loyal, pAlive: pAlive, signals: readings, policy: policy),
      stake: stake)
  }

  /// Reads past what follows a risk listing's client listing: its assessment and stake.
  fileprivate mutating func skipRiskListingRest() throws(SnapshotError) {
    _ = try bool()
    _ = try optional { r throws(SnapshotError) in try r.double() }
    for _ in 0..<(try count()) {
      _ = try int()
      _ = try double()
      _ = try optional { r throws(SnapshotError) in try r.double() }
      _ = try double()
    }
    _ = try double()
    _ = try optional { r throws(SnapshotError) in try r.double() }
    _ = try double()
    _ = try int()
    _ = try int()
    _ = try optional { r throws(SnapshotError) in try r.int() }
    _ = try optional { r throws(SnapshotError) in try r.int() }
  }
}
