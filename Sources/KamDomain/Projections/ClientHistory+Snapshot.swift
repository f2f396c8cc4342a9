import KamTime

extension ClientHistory {
  /// The format of ``snapshot``; a fold that changes what it keeps bumps it,
  /// and older snapshots are then refused rather than misread.
  ///
  /// Format 3 adds ``profileChanges``. A format 2 snapshot is still read: it was
  /// written before renames, reassignments and segment changes existed, so its
  /// history has none, and reading it as such is exact (no migration drops them).
  public static let snapshotFormat: Int64 = 3
  /// The oldest format still read (``snapshotFormat`` lists what each adds).
  static let oldestReadFormat: Int64 = 2

  /// The history in a compact binary form, for the book to store: reading it
  /// back is many times cheaper than folding the client's events again.
  public var snapshot: [UInt8] {
    var w = SnapshotWriter()
    w.int(Self.snapshotFormat)
    w.string(client.rawValue)
    // Name, segment, owner and a prospect's terms follow from the registrations.
    w.array(registrations) { w, r in
      w.int(r.seq)
      w.int(r.date.daysSinceEpoch)
      w.string(r.name)
      w.optional(r.segment) { $0.string($1) }
      w.optional(r.owner) { $0.string($1) }
      w.bool(r.asProspect)
      w.optional(r.winProbability) { $0.double($1) }
      w.optional(r.expectedValue) { $0.int($1.minorUnits) }
    }
    w.array(sales) { w, s in
      w.int(s.seq)
      w.int(s.date.daysSinceEpoch)
      w.int(s.amount.minorUnits)
      w.int(s.cost.minorUnits)
    }
    w.array(meetings) { w, m in
      w.int(m.seq)
      w.int(m.date.daysSinceEpoch)
      w.string(m.kind.rawValue)
      w.optional(m.minutes) { $0.int($1) }
      w.optional(m.cost) { $0.int($1.minorUnits) }
    }
    w.array(complaints) { w, c in
      w.int(c.seq)
      w.string(c.id)
      w.int(c.filedOn.daysSinceEpoch)
      w.string(c.severity.rawValue)
      w.string(c.about)
      w.array(c.resolutions) { w, r in
        w.int(r.seq)
        w.int(r.date.daysSinceEpoch)
        w.int(r.cost.minorUnits)
      }
    }
    w.array(negotiations) { w, n in
      w.int(n.seq)
      w.int(n.date.daysSinceEpoch)
      w.int(n.listAmount.minorUnits)
      w.int(n.asked.basisPoints)
      w.int(n.granted.basisPoints)
      w.string(n.outcome.rawValue)
    }
    w.array(initiatives) { w, i in
      w.int(i.seq)
      w.string(i.id)
      w.string(i.kind.rawValue)
      w.int(i.from.daysSinceEpoch)
      w.optional(i.plannedTo) { $0.int($1.daysSinceEpoch) }
      w.array(i.endings) { w, e in
        w.int(e.seq)
        w.int(e.lastDay.daysSinceEpoch)
      }
    }
    w.array(assessments) { w, a in
      w.int(a.seq)
      w.int(a.date.daysSinceEpoch)
      w.int(a.attractiveness)
      w.int(a.standing)
    }
    w.array(strategicMarks) { w, m in
      w.int(m.seq)
      w.int(m.date.daysSinceEpoch)
      w.bool(m.isSet)
      w.optional(m.reason) { $0.string($1) }
    }
    w.array(profileChanges) { w, c in
      w.int(c.seq)
      w.int(c.date.daysSinceEpoch)
      w.string(c.field.rawValue)
      w.string(c.value)
    }
    // Sorted, so that equal histories give equal bytes.
    w.array(retractions.sorted { $0.key < $1.key }) { w, entry in
      w.int(entry.key)
      w.array(entry.value) { $0.int($1) }
    }
    w.array(strays) { $0.int($1) }
    w.int(lastSeq)
    return w.bytes
  }

  /// Reads a history back from its ``snapshot``.
  ///
  /// - Throws: ``SnapshotError`` for bytes that are damaged or in another format.
  public init(snapshot bytes: [UInt8]) throws(SnapshotError) {
    var r = SnapshotReader(bytes)
    let format = try r.int()
    guard (Self.oldestReadFormat...Self.snapshotFormat).contains(format),
      let client = ClientSlug(rawValue: try r.string())
    else { throw SnapshotError() }
    func day(_ r: inout SnapshotReader) throws(SnapshotError) -> CalendarDate {
      CalendarDate(daysSinceEpoch: try r.int())
    }
    func money(_ r: inout SnapshotReader) throws(SnapshotError) -> Money {
      Money(minorUnits: try r.int())
    }
    self.init(client: client)
    for registration in try r.array({ r throws(SnapshotError) in
      Registration(
        seq: try r.int(), date: try day(&r), name: try r.string(),
        segment: try r.optional { r throws(SnapshotError) in try r.string() },
        owner: try r.optional { r throws(SnapshotError) in try r.string() },
        asProspect: try r.bool(),
        winProbability: try r.optional { r throws(SnapshotError) in try r.double() },
        expectedValue: try r.optional { r throws(SnapshotError) in try money(&r) })
    }) {
      register(registration)
    }
    sales = try r.array { r throws(SnapshotError) in
      Sale(seq: try r.int(), date: try day(&r), amount: try money(&r), cost: try money(&r))
    }
    meetings = try r.array { r throws(SnapshotError) in
      Meeting(
        seq: try r.int(), date: try day(&r), kind: try r.raw(MeetingKind.self),
        minutes: try r.optional { r throws(SnapshotError) in try r.int() },
        cost: try r.optional { r throws(SnapshotError) in try money(&r) })
    }
    complaints = try r.array { r throws(SnapshotError) in
      Complaint(
        seq: try r.int(), id: try r.string(), filedOn: try day(&r),
        severity: try r.raw(Severity.self), about: try r.string(),
        resolutions: try r.array { r throws(SnapshotError) in
          Resolution(seq: try r.int(), date: try day(&r), cost: try money(&r))
        })
    }
    negotiations = try r.array { r throws(SnapshotError) in
      Negotiation(
        seq: try r.int(), date: try day(&r), listAmount: try money(&r),
        asked: Percentage(basisPoints: Int(try r.int())),
        granted: Percentage(basisPoints: Int(try r.int())),
        outcome: try r.raw(NegotiationOutcome.self))
    }
    initiatives = try r.array { r throws(SnapshotError) in
      Initiative(
        seq: try r.int(), id: try r.string(), kind: try r.raw(InitiativeKind.self),
        from: try day(&r), plannedTo: try r.optional { r throws(SnapshotError) in try day(&r) },
        endings: try r.array { r throws(SnapshotError) in
          Initiative.Ending(seq: try r.int(), lastDay: try day(&r))
        })
    }
    assessments = try r.array { r throws(SnapshotError) in
      Assessment(
        seq: try r.int(), date: try day(&r), attractiveness: Int(try r.int()),
        standing: Int(try r.int()))
    }
    strategicMarks = try r.array { r throws(SnapshotError) in
      StrategicMark(
        seq: try r.int(), date: try day(&r), isSet: try r.bool(),
        reason: try r.optional { r throws(SnapshotError) in try r.string() })
    }
    if format >= 3 {
      profileChanges = try r.array { r throws(SnapshotError) in
        ProfileChange(
          seq: try r.int(), date: try day(&r), field: try r.raw(ProfileChange.Field.self),
          value: try r.string())
      }
    }
    for (target, by) in try r.array({ r throws(SnapshotError) in
      (try r.int(), try r.array { r throws(SnapshotError) in try r.int() })
    }) {
      retractions[target] = by
    }
    strays = try r.array { r throws(SnapshotError) in try r.int() }
    lastSeq = try r.int()
    guard r.isAtEnd else { throw SnapshotError() }
  }
}
