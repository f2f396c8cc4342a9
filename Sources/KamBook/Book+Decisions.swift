public import KamDomain
public import KamEventLog
public import KamTime

/// A recorded decision and where it sits in the log.
public struct Decision: Sendable, Hashable {
  /// The decision event.
  public var event: DecisionRecorded
  /// Its sequence number.
  public var seq: SequenceNumber
  /// When it was recorded.
  public var recordedAt: Instant
  /// Who recorded it.
  public var actor: String
  /// The business date it was made for.
  public var date: CalendarDate
  /// The figures kam showed when it was made.
  public var basis: DecisionBasis
}

/// What an audit found: the basis then, the figures now, and why they differ.
public struct DecisionAudit: Sendable, Hashable {
  /// The decision.
  public var decision: Decision
  /// The figures as known when the decision was made, recomputed from the log.
  public var then: DecisionBasis
  /// The figures for the same business date as known now.
  public var now: DecisionBasis
  /// Events recorded after the decision that explain a difference.
  public var causes: [(seq: Int64, reason: String)]

  /// True when what kam shows now differs from the decision's basis.
  public var changed: Bool { then != now }

  public static func == (lhs: DecisionAudit, rhs: DecisionAudit) -> Bool {
    lhs.decision == rhs.decision && lhs.then == rhs.then && lhs.now == rhs.now
      && lhs.causes.map(\.seq) == rhs.causes.map(\.seq)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(decision) }
}

extension Book {
  /// The figures kam shows for `client` on `date`, as known at `knownAt` or
  /// before event `before`; nil when the client is not known then.
  public func basis(
    for client: ClientSlug, on date: CalendarDate, knownAt: Instant? = nil,
    before: SequenceNumber? = nil
  ) throws(BookError) -> DecisionBasis? {
    try BookError.catching {
      let view = try view(on: date, knownAt: knownAt, before: before, focus: client)
      guard let row = view.row(for: client) else { return nil }
      return DecisionBasis(
        stage: row.stage.stage.rawValue, profit: row.entry.value.profit,
        paretoClass: row.entry.paretoClass.rawValue,
        keyAccountReasons: row.entry.keyAccountReasons.map(\.rawValue),
        // To the four places kam shows: a refit that differs in the ninth digit (another
        // summation order, another optimiser tolerance) is not a change of basis.
        churnRisk: row.churnRisk.map { ($0 * 10_000).rounded() / 10_000 },
        policyVersion: view.policy.version)
    }
  }

  /// Records a decision with the figures kam shows for the client now.
  public func decide(
    client: ClientSlug, kind: DecisionKind, note: String, on date: CalendarDate,
    context: AppendContext
  ) throws(BookError) -> Decision {
    try BookError.catching {
      let id =
        "d" + String(context.recordedAt.millisecondsSinceEpoch % 1_000_000_000, radix: 36)
        + String(UInt16.random(in: 0...UInt16.max), radix: 36)
      let command = RecordDecision(id: id, client: client, kind: kind, note: note, date: date)
      let basis = try basis(for: client, on: date)
      let events = try command.decide(given: basis).refusing()
      let stored = try record(
        in: Self.decisionStream, events.map { PendingEvent($0, occurredAt: command.occurredAt) },
        context: context)
      guard case .decisionRecorded(let event) = events[0], let basis else {
        throw BookError(.bug, "this is a bug: a decision decided no decision event")
      }
      return Decision(
        event: event, seq: stored[0].seq, recordedAt: stored[0].recordedAt, actor: stored[0].actor,
        date: date, basis: basis)
    }
  }

  /// Every recorded decision, oldest first.
  public func decisions() throws(BookError) -> [Decision] {
    try BookError.catching {
      var decisions: [Decision] = []
      try forEachEvent(matching: EventFilter(stream: Self.decisionStream)) {
        stored throws(BookError) in
        guard case .decisionRecorded(let event) = try DomainEvent(stored) else { return }
        guard let json = FlatJSON(text: event.basis) else {
          throw BookError(
            .incompatible, "event \(stored.seq): the decision's basis is not flat JSON")
        }
        decisions.append(
          Decision(
            event: event, seq: stored.seq, recordedAt: stored.recordedAt, actor: stored.actor,
            date: stored.occurredAt.date,
            basis: try BookError.catching { try DecisionBasis(json: json) }))
      }
      return decisions
    }
  }

  /// Replays a decision: its basis then, the figures now, and the events since
  /// that explain the difference (backdated facts, retractions, policy changes).
  public func audit(_ decision: Decision) throws(BookError) -> DecisionAudit {
    try BookError.catching {
      let client = decision.event.client
      let then = try basis(for: client, on: decision.date, before: decision.seq) ?? decision.basis
      let now = try basis(for: client, on: decision.date) ?? decision.basis
      var causes: [(seq: Int64, reason: String)] = []
      let classChanged =
        then.paretoClass != now.paretoClass || then.keyAccountReasons != now.keyAccountReasons
      let end = decision.date.end
      try forEachEvent(matching: EventFilter(after: decision.seq)) { stored throws(BookError) in
        if stored.stream == Self.policyStream {
          causes.append((stored.seq.rawValue, "policy-changed"))
          return
        }
        guard ClientSlug(rawValue: stored.stream.rawValue) != nil else { return }
        let ownStream = stored.stream.rawValue == client.rawValue
        guard ownStream || classChanged else { return }
        if stored.type == EventRetracted.type {
          causes.append((stored.seq.rawValue, "retracted"))
        } else if stored.occurredAt <= end {
          causes.append((stored.seq.rawValue, "backdated"))
        }
      }
      return DecisionAudit(decision: decision, then: then, now: now, causes: causes)
    }
  }
}
