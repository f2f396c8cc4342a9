public import KamDomain
public import KamEventLog
import KamSQLite
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
  public func record(
    client: ClientSlug, context: AppendContext,
    _ decide: (ClientHistory?) throws -> [PendingEvent]
  ) throws -> [StoredEvent] {
    try recordFolding(client: client, context: context, decide).events
  }

  /// Records as ``record(client:context:_:)`` does, and returns the client's
  /// history with the new events folded in, for the projections.
  func recordFolding(
    client: ClientSlug, context: AppendContext,
    _ decide: (ClientHistory?) throws -> [PendingEvent]
  ) throws -> (events: [StoredEvent], history: ClientHistory?) {
    do {
      return try log.transaction { _ in
        var (history, version) = try history(of: client)
        let pending = try decide(history)
        let events = pending.enumerated().map { offset, pending in
          NewEvent(
            id: pending.id ?? .random(), stream: StreamID(client.rawValue),
            type: pending.event.type, typeVersion: pending.event.version,
            occurredAt: pending.occurredAt, payload: pending.event.payloadBytes,
            expectedVersion: offset == 0 ? (version == 0 ? .noStream : .exact(version)) : .any)
        }
        let stored = try log.append(events, context: context).events
        // A retried id returns the event stored earlier, already in the history.
        for event in stored where event.streamVersion > version {
          if history == nil { history = ClientHistory(client: client) }
          history!.apply(try RecordedEvent(event))
        }
        return (stored, history)
      }
    } catch  where BookError.isLowerLayer(error) {
      throw BookError.wrap(error)
    }
  }

  /// Records book-wide events (policy changes, decisions) in a stream of their own.
  @discardableResult
  public func record(in stream: StreamID, _ pending: [PendingEvent], context: AppendContext)
    throws(BookError) -> [StoredEvent]
  {
    do {
      return try log.append(
        pending.map {
          NewEvent(
            id: $0.id ?? .random(), stream: stream, type: $0.event.type,
            typeVersion: $0.event.version, occurredAt: $0.occurredAt,
            payload: $0.event.payloadBytes)
        }, context: context
      ).events
    } catch {
      throw BookError.wrap(error)
    }
  }

  /// The client's history folded from its stream (or read from its stored
  /// snapshot when current), and the stream's version
  /// (nil and 0 when the client has no events).
  public func history(
    of client: ClientSlug, knownAt: Instant? = nil, before: SequenceNumber? = nil
  ) throws -> (
    ClientHistory?, Int64
  ) {
    if knownAt == nil, before == nil, try snapshotsAreCurrent(),
      let stored = try storedHistory(of: client)
    {
      return stored
    }
    var history: ClientHistory?
    var version: Int64 = 0
    try log.forEachEventToFold(
      matching: EventFilter(stream: StreamID(client.rawValue), recordedBy: knownAt, before: before)
    ) { stored in
      // Folded in place: a copy per event would copy the arrays each time.
      if history == nil { history = ClientHistory(client: client) }
      history!.apply(try RecordedEvent(stored))
      version = stored.streamVersion
    }
    return (history, version)
  }
}
