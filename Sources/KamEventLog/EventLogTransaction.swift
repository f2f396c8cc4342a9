package import KamTime

/// The event log as one transaction of a store sees it: what a book reads and
/// appends, whatever holds the log (a SQLite file, a PostgreSQL server, memory).
///
/// A store lends a transaction for the length of a closure; every call made on
/// it sees one state of the log, and appends commit with the rest of the
/// transaction or not at all. Events read are upcast to the types' current
/// versions, except by ``forEachEventAsStored(_:)``, which verification reads.
package protocol EventLogTransaction: AnyObject {
  /// Appends a batch of events: each event's ``NewEvent/expectedVersion`` is
  /// checked against its stream (including events earlier in the batch); an
  /// event whose id is already stored is not written again, and the stored
  /// event is returned in its place.
  ///
  /// - Throws: ``EventLogError`` with ``EventLogError/Code/wrongExpectedVersion``
  ///   when a stream is not at the expected version; nothing of the batch is
  ///   written then.
  @discardableResult
  func append(_ events: [NewEvent], context: AppendContext) throws -> AppendResult

  /// The last sequence number (zero for an empty log).
  func lastSequence() throws -> SequenceNumber

  /// The position S such that the events recorded by `instant` are exactly
  /// the log's first S (zero when none was); nil when they are not a prefix
  /// (an event was recorded earlier than one before it, and `instant` falls
  /// between the two).
  func lastSequence(recordedBy instant: Instant) throws -> SequenceNumber?

  /// The stream's version: how many events it holds.
  func streamVersion(of stream: StreamID) throws -> Int64

  /// Calls `body` with every event matching `filter`, in sequence order. With
  /// `fold`, the event id, correlation and causation ids and hash may be left
  /// empty: a fold never reads them and a long read pays for each.
  func forEachEvent(
    matching filter: EventFilter, fold: Bool, _ body: (StoredEvent) throws -> Void) throws

  /// Calls `body` with up to `limit` events after `position`, in order, for a
  /// fold (as ``forEachEvent(matching:fold:_:)`` with `fold`).
  func forEachEventToFold(
    after position: SequenceNumber, limit: Int, _ body: (StoredEvent) throws -> Void) throws

  /// ``forEachEventToFold(after:limit:_:)`` checking the hash chain as it reads.
  ///
  /// `chain` must have checked through `position`. Every event is still passed
  /// to `body` after a failure, which `chain` records; the caller decides
  /// whether to go on.
  func forEachEventToFold(
    after position: SequenceNumber, limit: Int, checking chain: inout ChainCheck,
    _ body: (StoredEvent) throws -> Void) throws

  /// The event at this position, or nil.
  func event(at seq: SequenceNumber) throws -> StoredEvent?

  /// The events at these positions, in the order given; a position with no event is left
  /// out. One statement for them all, where a whole-book table names tens of thousands of
  /// causing events (and on a server each would be a round trip of its own). With `fold`,
  /// as ``forEachEvent(matching:fold:_:)``: the event id, correlation and causation ids and
  /// hash may be left empty.
  func events(at seqs: [SequenceNumber], fold: Bool) throws -> [StoredEvent]

  /// Every event one command appended, in order.
  func events(of command: CommandID) throws -> [StoredEvent]

  /// The most recent command of an actor, if any.
  func lastCommand(of actor: String) throws -> CommandID?

  /// Calls `body` with every event as stored (no upcasting), in sequence
  /// order, until it returns false: what verification hashes.
  func forEachEventAsStored(_ body: (StoredEvent) throws -> Bool) throws

  /// The events the store lists as recorded earlier than an event before
  /// them, in order (replays rely on the list; the chain does not cover it).
  func listedOutOfOrder() throws -> [OutOfOrderRecord]

  /// The head of the chain as the store recorded it at the last append, kept
  /// apart from the events so that a cut log shows: nil when none is recorded.
  func recordedHead() throws -> ChainHead?

  /// The stored hash of the event at `seq`, or nil.
  func hash(at seq: SequenceNumber) throws -> [UInt8]?
}
