/// The outcome of a verification of the log (``EventLogTransaction/verify(expecting:watermarks:)``).
public struct VerificationReport: Sendable, Hashable {
  /// How many events were checked.
  public var events: Int
  /// The first event found wrong, or nil when the log is sound.
  public var firstBadSeq: SequenceNumber?
  /// What was wrong with it.
  public var problem: String?
  /// The last event stored and its stored hash (nil for an empty log): to be
  /// written down elsewhere and given back as an expected head.
  public var head: ChainHead?

  /// True when nothing was found wrong.
  public var ok: Bool { firstBadSeq == nil && problem == nil }

  /// Creates a report.
  public init(
    events: Int, firstBadSeq: SequenceNumber? = nil, problem: String? = nil,
    head: ChainHead? = nil
  ) {
    self.events = events
    self.firstBadSeq = firstBadSeq
    self.problem = problem
    self.head = head
  }
}
