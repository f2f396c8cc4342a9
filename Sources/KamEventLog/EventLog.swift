public import KamTime

/// An append-only, bitemporal, hash-chained log of events.
///
/// The domain talks to this protocol only, so that a server backend (for
/// teams, PostgreSQL) can stand where ``SQLiteEventLog`` stands now.
public protocol EventLog: Sendable {
  /// Appends a batch of events atomically: all of them or none.
  ///
  /// Each event's ``NewEvent/expectedVersion`` is checked against its stream
  /// (including events earlier in the same batch). An event whose id is
  /// already stored is not written again: the stored event is returned in its
  /// place.
  ///
  /// - Throws: ``EventLogError`` with code ``EventLogError/Code/wrongExpectedVersion``
  ///   when a stream is not at the expected version; the backend's error when
  ///   storage fails. Nothing is written in either case.
  @discardableResult
  func append(_ events: [NewEvent], context: AppendContext) throws -> AppendResult

  /// The last sequence number (zero for an empty log).
  func lastSequence() throws -> SequenceNumber

  /// The position S such that the events recorded by `instant` are exactly
  /// the log's first S (zero when none was); nil when they are not a prefix.
  ///
  /// They are, unless an event was recorded earlier than one before it (a
  /// clock set back) and `instant` falls between the two. A replay as known at
  /// `instant` may then start from state kept by position; otherwise it must
  /// filter the log by system time.
  func lastSequence(recordedBy instant: Instant) throws -> SequenceNumber?

  /// Calls `body` with every event after `position`, in order, up to `limit` events.
  func forEachEvent(
    after position: SequenceNumber, limit: Int?, _ body: (StoredEvent) throws -> Void
  ) throws

  /// Calls `body` with every event after `position` as
  /// ``forEachEvent(after:limit:_:)`` does, for a fold: the event id,
  /// correlation and causation ids and hash may be left out (empty), since a
  /// projection never reads them and a long read pays for each.
  func forEachEventToFold(
    after position: SequenceNumber, limit: Int?, _ body: (StoredEvent) throws -> Void
  ) throws

  /// Calls `body` with every event of one stream, in order.
  func forEachEvent(in stream: StreamID, _ body: (StoredEvent) throws -> Void) throws

  /// Recomputes the hash chain and checks sequence numbers and stream versions.
  func verify() throws -> VerificationReport
}

extension EventLog {
  /// By default a fold reads whole events.
  public func forEachEventToFold(
    after position: SequenceNumber, limit: Int?, _ body: (StoredEvent) throws -> Void
  ) throws {
    try forEachEvent(after: position, limit: limit, body)
  }
}

/// What an append did.
public struct AppendResult: Sendable, Hashable {
  /// The stored events, in the order given: new ones, and for retried ids the
  /// ones stored earlier.
  public var events: [StoredEvent]
  /// How many of them were already stored (retries), and so not written again.
  public var duplicates: Int

  /// Creates a result.
  public init(events: [StoredEvent], duplicates: Int) {
    self.events = events
    self.duplicates = duplicates
  }
}
