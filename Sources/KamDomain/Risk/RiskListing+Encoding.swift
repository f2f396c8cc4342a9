public import KamTime

extension RiskListing {
  /// The format of ``encoded(_:on:)``; bumped as ``ClientListing/format`` is, and with it,
  /// and whenever ``RiskSignal``'s cases change (a signal is written as its position).
  public static let format: Int64 = 2 + ClientListing.format * 1_000

  /// A day's risk listings, in order, in the snapshots' compact binary form (every double
  /// bit for bit).
  ///
  /// An assessment is written as its readings alone: its risk, band and reasons are what
  /// ``ChurnRiskAssessment/init(client:loyal:pAlive:signals:policy:)`` makes of them under
  /// the policy the listing was evaluated with, which is the policy a listing is read
  /// back with (``decoded(_:on:policy:)``). That halves a book's stored risk listing
  /// (7 MB for the CDNOW book's 23,570 clients), which every first query after a write
  /// rewrites.
  public static func encoded(_ listings: [RiskListing], on date: CalendarDate) -> [UInt8] {
    let signals = RiskSignal.allCases
    var w = SnapshotWriter()
    w.int(format)
    w.int(date.daysSinceEpoch)
    w.array(listings) { w, listing in
      w.write(listing.client)
      let assessment = listing.assessment
      w.bool(assessment.loyal)
      w.optional(assessment.pAlive) { $0.double($1) }
      w.array(assessment.signals) { w, reading in
        w.int(signals.firstIndex(of: reading.signal)!)
        w.double(reading.value)
        w.optional(reading.detail) { $0.double($1) }
        w.double(reading.score)
      }
      let stake = listing.stake
      w.double(stake.expectedPurchases)
      w.optional(stake.expectedSpend) { $0.double($1) }
      w.double(stake.margin)
      w.int(stake.expectedProfit.minorUnits)
      w.int(stake.valueAtStake.minorUnits)
      w.optional(stake.lastPurchase) { $0.int($1.daysSinceEpoch) }
      w.optional(stake.lastContact) { $0.int($1.daysSinceEpoch) }
    }
    return w.bytes
  }

  /// Reads what ``encoded(_:on:)`` wrote for `date`, the listing evaluated under `policy`.
  ///
  /// - Throws: `SnapshotError` for bytes of another format, of another day, or damaged.
  public static func decoded(_ bytes: [UInt8], on date: CalendarDate, policy: Policy)
    throws(SnapshotError) -> [RiskListing]
  {
    let signals = RiskSignal.allCases
    var r = SnapshotReader(bytes)
    guard try r.int() == format, try r.int() == date.daysSinceEpoch else {
      throw SnapshotError()
    }
    let listings = try r.array { r throws(SnapshotError) in
      try r.riskListing(policy: policy, signals: signals)
    }
    guard r.isAtEnd else { throw SnapshotError() }
    return listings
  }

  /// One client's risk listing of what ``encoded(_:on:)`` wrote for `date`, nil when it is
  /// not there: the rows before it are read past, not made.
  ///
  /// - Throws: `SnapshotError` for bytes of another format, of another day, or damaged
  ///   before the client's row ends.
  public static func decoded(
    _ bytes: [UInt8], on date: CalendarDate, policy: Policy, client: ClientSlug
  ) throws(SnapshotError) -> RiskListing? {
    let signals = RiskSignal.allCases
    var r = SnapshotReader(bytes)
    guard try r.int() == format, try r.int() == date.daysSinceEpoch else {
      throw SnapshotError()
    }
    for _ in 0..<(try r.count()) {
      var row = r
      if try r.string(equals: client.rawValue) {
        return try row.riskListing(policy: policy, signals: signals)
      }
      try r.skipClientListing()
      try r.skipRiskListingRest()
    }
    return nil
  }
}

extension SnapshotReader {
  /// A risk listing as ``RiskListing/encoded(_:on:)`` wrote it, its assessment made under
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
