/// The outcome of ``EventLog/verify()``.
public struct VerificationReport: Sendable, Hashable {
  /// How many events were checked.
  public var events: Int
  /// The first event found wrong, or nil when the log is sound.
  public var firstBadSeq: SequenceNumber?
  /// What was wrong with it.
  public var problem: String?

  /// True when nothing was found wrong.
  public var ok: Bool { firstBadSeq == nil }

  /// Creates a report.
  public init(events: Int, firstBadSeq: SequenceNumber? = nil, problem: String? = nil) {
    self.events = events
    self.firstBadSeq = firstBadSeq
    self.problem = problem
  }
}
