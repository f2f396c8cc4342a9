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
      let client = try r.clientListing()
      let loyal = try r.bool()
      let pAlive = try r.optional { r throws(SnapshotError) in try r.double() }
      let readings = try r.array { r throws(SnapshotError) in
        let position = try r.int()
        guard signals.indices.contains(Int(position)) else { throw SnapshotError() }
        let value = try r.double()
        let detail = try r.optional { r throws(SnapshotError) in try r.double() }
        return SignalReading(
          signals[Int(position)], value: value, detail: detail, score: try r.double())
      }
      let stake = ClientStake(
        expectedPurchases: try r.double(),
        expectedSpend: try r.optional { r throws(SnapshotError) in try r.double() },
        margin: try r.double(), expectedProfit: Money(minorUnits: try r.int()),
        valueAtStake: Money(minorUnits: try r.int()),
        lastPurchase: try r.optional { r throws(SnapshotError) in
          CalendarDate(daysSinceEpoch: try r.int())
        },
        lastContact: try r.optional { r throws(SnapshotError) in
          CalendarDate(daysSinceEpoch: try r.int())
        })
      return RiskListing(
        client: client,
        assessment: ChurnRiskAssessment(
          client: client.client, loyal: loyal, pAlive: pAlive, signals: readings, policy: policy),
        stake: stake)
    }
    guard r.isAtEnd else { throw SnapshotError() }
    return listings
  }
}
