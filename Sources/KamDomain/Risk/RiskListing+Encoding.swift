public import KamTime

extension RiskListing {
  /// The format of ``encoded(_:on:)``; bumped as ``ClientListing/format`` is, and with it.
  public static let format: Int64 = 1 + ClientListing.format * 1_000

  /// A day's risk listings, in order, in the snapshots' compact binary form (every double
  /// bit for bit).
  public static func encoded(_ listings: [RiskListing], on date: CalendarDate) -> [UInt8] {
    var w = SnapshotWriter()
    w.int(format)
    w.int(date.daysSinceEpoch)
    w.array(listings) { w, listing in
      w.write(listing.client)
      let assessment = listing.assessment
      w.bool(assessment.loyal)
      w.double(assessment.risk)
      w.string(assessment.band.rawValue)
      w.optional(assessment.pAlive) { $0.double($1) }
      w.array(assessment.reasons) { w, reason in
        w.string(reason.signal.rawValue)
        w.double(reason.value)
        w.double(reason.contribution)
      }
      w.array(assessment.signals) { w, reading in
        w.string(reading.signal.rawValue)
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

  /// Reads what ``encoded(_:on:)`` wrote for `date`.
  ///
  /// - Throws: `SnapshotError` for bytes of another format, of another day, or damaged.
  public static func decoded(_ bytes: [UInt8], on date: CalendarDate) throws(SnapshotError)
    -> [RiskListing]
  {
    var r = SnapshotReader(bytes)
    guard try r.int() == format, try r.int() == date.daysSinceEpoch else {
      throw SnapshotError()
    }
    let listings = try r.array { r throws(SnapshotError) in
      let client = try r.clientListing()
      let loyal = try r.bool()
      let risk = try r.double()
      let band = try r.raw(RiskBand.self)
      let pAlive = try r.optional { r throws(SnapshotError) in try r.double() }
      let reasons = try r.array { r throws(SnapshotError) in
        RiskReason(
          signal: try r.raw(RiskSignal.self), value: try r.double(), contribution: try r.double())
      }
      let signals = try r.array { r throws(SnapshotError) in
        let signal = try r.raw(RiskSignal.self)
        let value = try r.double()
        let detail = try r.optional { r throws(SnapshotError) in try r.double() }
        return SignalReading(signal, value: value, detail: detail, score: try r.double())
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
          client: client.client, loyal: loyal, risk: risk, band: band, pAlive: pAlive,
          reasons: reasons, signals: signals),
        stake: stake)
    }
    guard r.isAtEnd else { throw SnapshotError() }
    return listings
  }
}
