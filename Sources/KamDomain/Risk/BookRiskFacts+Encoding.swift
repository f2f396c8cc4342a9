import KamTime

extension BookRiskFacts {
  /// The format of ``encoded``: bumped whenever what ``RiskFacts`` takes from a history
  /// changes, and with the snapshots' (the histories they are made from).
  package static let format: Int64 = 2 + ClientHistory.snapshotFormat * 1_000
  /// Clients per block of ``encoded``: blocks are written and read on every core.
  static let clientsPerBlock = 2_048

  /// The facts in the snapshots' compact binary form, in blocks of clients: days as
  /// deltas, the running spend as each day's amount.
  package var encoded: [UInt8] {
    let starts = Array(stride(from: 0, to: facts.count, by: Self.clientsPerBlock))
    let blocks = ParallelMap.map(starts, minimumPerCore: 1) { [facts, firstDays] start in
      var w = SnapshotWriter()
      for index in start..<min(start + Self.clientsPerBlock, facts.count) {
        Self.write(facts[index], firstDay: firstDays[index], to: &w)
      }
      return w.bytes
    }
    var w = SnapshotWriter()
    w.int(Self.format)
    w.int(hourlyRateMinor)
    w.int(facts.count)
    w.array(blocks) { w, block in w.blob(block) }
    return w.bytes
  }

  /// Reads what ``encoded`` wrote.
  ///
  /// - Throws: `SnapshotError` for bytes of another format, or damaged.
  package init(encoded bytes: [UInt8]) throws(SnapshotError) {
    var r = SnapshotReader(bytes)
    guard try r.int() == Self.format else { throw SnapshotError() }
    let rate = try r.int()
    let count = try r.int()
    let blocks = try r.array { r throws(SnapshotError) in try r.blob() }
    guard r.isAtEnd, blocks.count == (Int(count) + Self.clientsPerBlock - 1) / Self.clientsPerBlock
    else { throw SnapshotError() }
    let decoded = ParallelMap.map(blocks, minimumPerCore: 1) { block in
      Result { () throws(SnapshotError) -> [(RiskFacts, CalendarDate?)] in
        var r = SnapshotReader(block)
        var entries: [(RiskFacts, CalendarDate?)] = []
        entries.reserveCapacity(Self.clientsPerBlock)
        while !r.isAtEnd { entries.append(try Self.read(&r)) }
        return entries
      }
    }
    var facts: [RiskFacts] = []
    var firstDays: [CalendarDate?] = []
    facts.reserveCapacity(Int(count))
    firstDays.reserveCapacity(Int(count))
    for block in decoded {
      for (read, firstDay) in try block.get() {
        facts.append(read)
        firstDays.append(firstDay)
      }
    }
    guard facts.count == count else { throw SnapshotError() }
    self.init(hourlyRateMinor: rate, facts: facts, firstDays: firstDays)
  }

  /// Writes one client's facts and first day.
  private static func write(
    _ facts: RiskFacts, firstDay: CalendarDate?, to w: inout SnapshotWriter
  ) {
    w.string(facts.client.rawValue)
    w.string(facts.owner)
    w.optional(firstDay) { $0.int($1.daysSinceEpoch) }
    w.optional(facts.registeredOn) { $0.int($1.daysSinceEpoch) }
    w.int(facts.saleDays.count)
    var day: Int64 = 0
    var spent: Int64 = 0
    for (date, total) in zip(facts.saleDays, facts.spendThroughDay) {
      // Wrapping both ways, so that any running total comes back bit for bit.
      w.int(date.daysSinceEpoch &- day)
      w.int(total &- spent)
      day = date.daysSinceEpoch
      spent = total
    }
    w.array(facts.meetings) { w, meeting in
      w.int(meeting.date.daysSinceEpoch)
      w.int(meeting.cost)
    }
    w.array(facts.complaints) { w, complaint in
      w.int(complaint.filedOn.daysSinceEpoch)
      w.optional(complaint.resolvedOn) { $0.int($1.daysSinceEpoch) }
    }
    w.array(facts.negotiations) { w, negotiation in
      w.int(negotiation.date.daysSinceEpoch)
      w.int(negotiation.grantedBasisPoints)
      w.string(negotiation.outcome.rawValue)
    }
  }

  /// Reads one client's facts and first day.
  private static func read(_ r: inout SnapshotReader) throws(SnapshotError) -> (
    RiskFacts, CalendarDate?
  ) {
    func day(_ r: inout SnapshotReader) throws(SnapshotError) -> CalendarDate {
      CalendarDate(daysSinceEpoch: try r.int())
    }
    guard let client = ClientSlug(rawValue: try r.string()) else { throw SnapshotError() }
    let owner = try r.string()
    let firstDay = try r.optional(day)
    let registeredOn = try r.optional(day)
    let days = try r.count()
    var saleDays: [CalendarDate] = []
    var totals: [Int64] = []
    saleDays.reserveCapacity(days)
    totals.reserveCapacity(days)
    var date: Int64 = 0
    var spent: Int64 = 0
    for _ in 0..<days {
      date = date &+ (try r.int())
      spent = spent &+ (try r.int())
      saleDays.append(CalendarDate(daysSinceEpoch: date))
      totals.append(spent)
    }
    let facts = RiskFacts(
      client: client, owner: owner, registeredOn: registeredOn, saleDays: saleDays,
      spendThroughDay: totals,
      meetings: try r.array { r throws(SnapshotError) in
        RiskFacts.Meeting(date: try day(&r), cost: try r.int())
      },
      complaints: try r.array { r throws(SnapshotError) in
        RiskFacts.Complaint(filedOn: try day(&r), resolvedOn: try r.optional(day))
      },
      negotiations: try r.array { r throws(SnapshotError) in
        RiskFacts.Negotiation(
          date: try day(&r), grantedBasisPoints: Int(try r.int()),
          outcome: try r.raw(NegotiationOutcome.self))
      })
    return (facts, firstDay)
  }
}
