public import KamDomain
public import KamEventLog
public import KamTime

/// An event a command wants to record, with its business time.
public struct PendingEvent: Sendable {
  /// The event.
  public var event: DomainEvent
  /// When it happened.
  public var occurredAt: Instant
  /// A fixed id for idempotent appends (imports); random when nil.
  public var id: EventID?

  /// Creates a pending event.
  public init(_ event: DomainEvent, occurredAt: Instant, id: EventID? = nil) {
    self.event = event
    self.occurredAt = occurredAt
    self.id = id
  }
}

extension Book {
  /// Records events about one client, decided against its current history.
  ///
  /// `decide` sees the client's history (nil when the stream is empty) and
  /// returns the events to record, or throws to refuse the command. The read
  /// and the append are one write transaction, and the append expects the
  /// stream version that was read, so a concurrent writer cannot slip in
  /// between the check and the write.
  @discardableResult
  package func record(
    client: ClientSlug, context: AppendContext,
    _ decide: (ClientHistory?) throws -> [PendingEvent]
  ) throws -> [StoredEvent] {
    do {
      return try store.write { tx in
        try recordFolding(client: client, context: context, in: tx, decide).events
      }
    } catch  where BookError.isLowerLayer(error) {
      throw BookError.wrap(error)
    }
  }

  /// Records as ``record(client:context:_:)`` does, inside the caller's write
  /// transaction (``BookStore/write(_:)``), and returns the
  /// client's history with the new events folded in, for the projections.
  func recordFolding(
    client: ClientSlug, context: AppendContext, in tx: any BookTransaction,
    _ decide: (ClientHistory?) throws -> [PendingEvent]
  ) throws -> (events: [StoredEvent], history: ClientHistory?) {
    var (history, version) = try history(of: client, in: tx)
    let pending = try decide(history)
    let events = pending.enumerated().map { offset, pending in
      NewEvent(
        id: pending.id ?? .random(), stream: StreamID(client.rawValue),
        type: pending.event.type, typeVersion: pending.event.version,
        occurredAt: pending.occurredAt, payload: pending.event.payloadBytes,
        expectedVersion: offset == 0 ? (version == 0 ? .noStream : .exact(version)) : .any)
    }
    let stored = try tx.append(events, context: context).events
    // A retried id returns the event stored earlier, already in the history.
    for event in stored where event.streamVersion > version {
      if history == nil { history = ClientHistory(client: client) }
      history!.apply(try RecordedEvent(event))
    }
    return (stored, history)
  }

  /// Records book-wide events (policy changes, decisions) in a stream of their own.
  @discardableResult
  public func record(in stream: StreamID, _ pending: [PendingEvent], context: AppendContext)
    throws(BookError) -> [StoredEvent]
  {
    let events = pending.map {
      NewEvent(
        id: $0.id ?? .random(), stream: stream, type: $0.event.type,
        typeVersion: $0.event.version, occurredAt: $0.occurredAt, payload: $0.event.payloadBytes)
    }
    return try store.writing { tx in try tx.append(events, context: context).events }
  }

  /// The client's history folded from its stream (or read from its stored
  /// snapshot, with the client's events after it), and the stream's version
  /// (nil and 0 when the client has no events).
  public func history(
    of client: ClientSlug, knownAt: Instant? = nil, before: SequenceNumber? = nil
  ) throws(BookError) -> (ClientHistory?, Int64) {
    try store.reading { tx in try history(of: client, knownAt: knownAt, before: before, in: tx) }
  }

  /// ``history(of:knownAt:before:)`` in a transaction the caller holds (a
  /// recording transaction reads the history it decides on).
  func history(
    of client: ClientSlug, knownAt: Instant? = nil, before: SequenceNumber? = nil,
    in tx: any BookTransaction
  ) throws -> (ClientHistory?, Int64) {
    if knownAt == nil, before == nil, let stored = try currentHistory(of: client, in: tx) {
      return stored
    }
    var history: ClientHistory?
    var version: Int64 = 0
    let filter = EventFilter(
      stream: StreamID(client.rawValue), recordedBy: knownAt, before: before)
    try tx.forEachEvent(matching: filter, fold: true) { stored in
      // Folded in place: a copy per event would copy the arrays each time.
      if history == nil { history = ClientHistory(client: client) }
      history!.apply(try RecordedEvent(stored))
      version = stored.streamVersion
    }
    return (history, version)
  }
}
