public import KamDomain
public import KamEventLog
public import KamTime

/// A policy that was put in force, and when kam learned of it.
public struct PolicyChange: Sendable, Hashable {
  /// The policy.
  public var policy: Policy
  /// The event's sequence number (0 for the built-in default).
  public var seq: Int64
  /// When it was recorded.
  public var recordedAt: Instant?
}

extension Book {
  /// Every policy change, oldest first, starting with the built-in default.
  public func policyChanges(knownAt: Instant? = nil, before: SequenceNumber? = nil)
    throws(BookError) -> [PolicyChange]
  {
    try store.reading { tx in try policyChanges(knownAt: knownAt, before: before, in: tx) }
  }

  /// ``policyChanges(knownAt:before:)`` in a transaction the caller holds.
  func policyChanges(
    knownAt: Instant? = nil, before: SequenceNumber? = nil, in tx: any BookTransaction
  ) throws -> [PolicyChange] {
    var changes = [PolicyChange(policy: Policy(), seq: 0, recordedAt: nil)]
    let filter = EventFilter(stream: Self.policyStream, recordedBy: knownAt, before: before)
    try tx.forEachEvent(matching: filter, fold: false) { stored in
      guard case .policyChanged(let change) = try DomainEvent(stored) else { return }
      guard let document = FlatJSON(text: change.document) else {
        throw BookError(
          .incompatible, "event \(stored.seq): the policy document is not flat JSON")
      }
      var policy = try Policy(document: document)
      policy.version = Int(change.version)
      changes.append(
        PolicyChange(policy: policy, seq: stored.seq.rawValue, recordedAt: stored.recordedAt))
    }
    return changes
  }

  /// The policy in force: the latest recorded (by `knownAt`, when given).
  public func policy(knownAt: Instant? = nil, before: SequenceNumber? = nil) throws(BookError)
    -> Policy
  {
    try policyChanges(knownAt: knownAt, before: before).last!.policy
  }

  /// ``policy(knownAt:before:)`` in a transaction the caller holds (a catch-up's).
  func policy(knownAt: Instant? = nil, before: SequenceNumber? = nil, in tx: any BookTransaction)
    throws -> Policy
  {
    try policyChanges(knownAt: knownAt, before: before, in: tx).last!.policy
  }

  /// Puts a policy in force, recorded as an event with the next version number.
  public func setPolicy(_ policy: Policy, context: AppendContext) throws(BookError) -> Policy {
    let command = ChangePolicy(policy)
    let current = try self.policy()
    let events = try command.decide(given: current).refusing()
    try record(
      in: Self.policyStream, events.map { PendingEvent($0, occurredAt: context.recordedAt) },
      context: context)
    return command.versioned(after: current)
  }

  /// What `candidate` would change on `date` against the policy in force (both
  /// as known at `knownAt`), recording nothing: the candidate is compared as the
  /// next version.
  public func replay(_ candidate: Policy, on date: CalendarDate, knownAt: Instant? = nil)
    throws(BookError)
    -> PolicyComparison
  {
    try BookError.catching {
      let current = try policy(knownAt: knownAt)
      return PolicyComparison(
        try histories(knownAt: knownAt).values.sorted { $0.client < $1.client }, on: date,
        current: current,
        candidate: ChangePolicy(candidate).versioned(after: current))
    }
  }
}
