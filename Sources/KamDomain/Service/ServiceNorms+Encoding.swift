public import KamTime

extension ServiceNorms {
  /// The format of ``encoded``, bumped with ``ClientListing/format`` (the norms weigh the
  /// same values, classes and reasons) and whenever the tiers or the figures behind the
  /// norms change.
  public static let format: Int64 = 1 + ClientListing.format * 1_000

  /// The norms in the snapshots' compact binary form (every double bit for bit), owners
  /// in name order so that the same norms are the same bytes.
  public var encoded: [UInt8] {
    var w = SnapshotWriter()
    w.int(Self.format)
    w.int(period.lowerBound.daysSinceEpoch)
    w.int(period.upperBound.daysSinceEpoch)
    for tier in ServiceTier.allCases {
      w.optional(usualMeetings[tier]) { $0.double($1) }
      w.optional(usualMinutes[tier]) { $0.double($1) }
    }
    w.array(ownerMinutes.keys.sorted()) { w, owner in
      w.string(owner)
      w.int(ownerMinutes[owner] ?? 0)
      w.int(ownerProfit[owner] ?? 0)
    }
    return w.bytes
  }

  /// Reads what ``encoded`` wrote for `period`.
  ///
  /// - Throws: `SnapshotError` for bytes of another format, of another period, or damaged.
  public init(encoded bytes: [UInt8], period: Range<CalendarDate>) throws(SnapshotError) {
    var r = SnapshotReader(bytes)
    guard try r.int() == Self.format, try r.int() == period.lowerBound.daysSinceEpoch,
      try r.int() == period.upperBound.daysSinceEpoch
    else { throw SnapshotError() }
    var usualMeetings: [ServiceTier: Double] = [:]
    var usualMinutes: [ServiceTier: Double] = [:]
    for tier in ServiceTier.allCases {
      usualMeetings[tier] = try r.optional { r throws(SnapshotError) in try r.double() }
      usualMinutes[tier] = try r.optional { r throws(SnapshotError) in try r.double() }
    }
    var ownerMinutes: [String: Int64] = [:]
    var ownerProfit: [String: Int64] = [:]
    let owners = try r.array { r throws(SnapshotError) in
      (owner: try r.string(), minutes: try r.int(), profit: try r.int())
    }
    for owner in owners {
      ownerMinutes[owner.owner] = owner.minutes
      ownerProfit[owner.owner] = owner.profit
    }
    guard r.isAtEnd, ownerMinutes.count == owners.count else { throw SnapshotError() }
    self.init(
      period: period, usualMeetings: usualMeetings, usualMinutes: usualMinutes,
      ownerMinutes: ownerMinutes, ownerProfit: ownerProfit)
  }
}
