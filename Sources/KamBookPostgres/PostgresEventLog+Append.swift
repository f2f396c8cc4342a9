public import KamEventLog
import KamTime
import PostgresNIO

extension PostgresEventLog {
  /// Appends a batch of events atomically, all or none, under the writer lock:
  /// expected versions checked (against earlier events of the batch too), a
  /// stored id returned in place of a retried event.
  ///
  /// - Throws: ``EventLogError`` (``EventLogError/Code/wrongExpectedVersion``,
  ///   ``EventLogError/Code/invalidEvent``); ``PostgresLogError``. Nothing is written then.
  @discardableResult
  public func append(_ events: [NewEvent], context: AppendContext) throws -> AppendResult {
    // Its own transaction, BEGIN and COMMIT sent with the other statements:
    // two round trips in all, which is what the writer lock is held for.
    try pool.withSession { session in
      do {
        return try append(events, context: context, in: session, ownTransaction: true)
      } catch {
        try? session.execute("ROLLBACK")
        throw error
      }
    }
  }

  /// ``append(_:context:)`` on a session inside ``transaction(_:)``, so that the
  /// append commits with the rest of it. It takes the writer lock, held until
  /// that transaction ends.
  ///
  /// - Throws: ``EventLogError`` (``EventLogError/Code/wrongExpectedVersion``,
  ///   ``EventLogError/Code/invalidEvent``), before anything is written; ``PostgresLogError``.
  @discardableResult
  public func append(_ events: [NewEvent], context: AppendContext, in session: PostgresSession)
    throws -> AppendResult
  {
    try append(events, context: context, in: session, ownTransaction: false)
  }

  private func append(
    _ events: [NewEvent], context: AppendContext, in session: PostgresSession,
    ownTransaction: Bool
  ) throws -> AppendResult {
    for event in events {
      guard !event.type.isEmpty, event.typeVersion >= 1 else {
        throw EventLogError(
          .invalidEvent, "event \(event.id) needs a type and a type version of at least 1")
      }
      // PostgreSQL's text holds UTF-8 without NUL; anything else would not read back as hashed.
      guard String(validating: event.payload, as: UTF8.self) != nil, !event.payload.contains(0)
      else {
        throw EventLogError(.invalidEvent, "the payload of event \(event.id) is not UTF-8 text")
      }
    }
    guard !events.isEmpty else { return AppendResult(events: [], duplicates: 0) }
    var state = try appendState(for: events, session, begin: ownTransaction)
    var stored: [StoredEvent] = []
    stored.reserveCapacity(events.count)
    var inserts: [PostgresQuery] = []
    var rows = EventRows()
    var duplicates = 0
    let recordedAt = context.recordedAt.millisecondsSinceEpoch
    for event in events {
      // A stored id is a retry, whatever the expected version: SQLite's appender
      // returns the stored event on either path.
      if let existing = state.byID[event.id.rawValue] {
        var event = existing
        try upcaster?.upcast(&event)
        stored.append(event)
        duplicates += 1
        continue
      }
      let current = state.streamVersions[event.stream.rawValue] ?? 0
      guard event.expectedVersion.allows(current) else {
        throw EventLogError(
          .wrongExpectedVersion,
          "stream \(event.stream) is at version \(current), but the append expected "
            + "\(event.expectedVersion)")
      }
      let seq = state.lastSeq + 1
      let version = current + 1
      let hash = event.payload.withUnsafeBytes { payload in
        HashChain.hash(
          previous: state.lastHash, seq: seq, id: event.id.rawValue,
          stream: event.stream.rawValue, streamVersion: version, type: event.type,
          typeVersion: Int64(event.typeVersion),
          occurredAt: event.occurredAt.millisecondsSinceEpoch, recordedAt: recordedAt,
          actor: context.actor, commandID: context.commandID.rawValue,
          correlationID: event.correlationID, causationID: event.causationID, payload: payload)
      }
      rows.append(event, seq: seq, version: version, hash: hash)
      // As SQLite's schema 7: an event recorded earlier than one before it is listed.
      if recordedAt < state.latestRecordedAt {
        inserts.append(
          """
          INSERT INTO events_out_of_order (seq, recorded_at, latest_before)
          VALUES (\(seq), \(recordedAt), \(state.latestRecordedAt))
          """)
      } else {
        state.latestRecordedAt = recordedAt
      }
      let new = StoredEvent(
        seq: SequenceNumber(rawValue: seq), id: event.id, stream: event.stream,
        streamVersion: version, type: event.type, typeVersion: event.typeVersion,
        occurredAt: event.occurredAt, recordedAt: context.recordedAt, actor: context.actor,
        commandID: context.commandID, correlationID: event.correlationID,
        causationID: event.causationID, payload: event.payload, hash: hash)
      state.lastSeq = seq
      state.lastHash = hash
      state.streamVersions[event.stream.rawValue] = version
      state.byID[event.id.rawValue] = new
      stored.append(new)
    }
    // One statement and one round trip for the whole batch; the log's head
    // row follows by trigger, once per statement (schema/postgres/0003).
    if !rows.seq.isEmpty {
      inserts.insert(rows.insert(recordedAt: recordedAt, context: context), at: 0)
    }
    if ownTransaction { inserts.append("COMMIT") }
    if !inserts.isEmpty { try session.pipeline(inserts) }
    return AppendResult(events: stored, duplicates: duplicates)
  }

  /// Takes the writer lock, then reads under it what the append builds on:
  /// the head of the chain, the latest system time, the versions of the
  /// batch's streams and the events already stored with its ids. One round trip.
  private func appendState(for events: [NewEvent], _ session: PostgresSession, begin: Bool)
    throws -> AppendState
  {
    let ids = events.map(\.id.rawValue)
    let streams = Array(Set(events.map(\.stream.rawValue)))
    let queries: [PostgresQuery] = [
      "SELECT kam_lock_log()",
      """
      SELECT seq, hash, (SELECT max(recorded_at) FROM events) FROM events
      ORDER BY seq DESC LIMIT 1
      """,
      """
      SELECT stream, max(stream_version) FROM events WHERE stream = ANY(\(streams))
      GROUP BY stream
      """,
      PostgresQuery(
        unsafeSQL: "SELECT \(Self.columns) FROM events WHERE event_id = ANY($1)",
        binds: Self.binds(ids)),
    ]
    let results = Array(try session.pipeline(begin ? ["BEGIN"] + queries : queries).suffix(4))
    var state = AppendState()
    if let head = results[1].first {
      let (seq, hash, latest) = try head.decode((Int64, ByteBuffer, Int64).self)
      state.lastSeq = seq
      state.lastHash = Array(hash.readableBytesView)
      state.latestRecordedAt = latest
    }
    for row in results[2] {
      let (stream, version) = try row.decode((String, Int64).self)
      state.streamVersions[stream] = version
    }
    for row in results[3] {
      let event = try Self.decodeRaw(row)
      state.byID[event.id.rawValue] = event
    }
    return state
  }
}

/// What an append builds on, read under the writer lock and advanced event by event.
struct AppendState {
  var lastSeq: Int64 = 0
  var lastHash: [UInt8] = HashChain.genesis
  /// The latest system time recorded so far.
  var latestRecordedAt: Int64 = .min
  var streamVersions: [String: Int64] = [:]
  /// The stored events with the batch's ids, raw, and those the batch adds.
  var byID: [String: StoredEvent] = [:]
}

extension ExpectedVersion {
  /// True when a stream at `current` may be appended to (as ``SQLiteEventLog`` checks).
  func allows(_ current: Int64) -> Bool {
    switch self {
    case .any: true
    case .noStream: current == 0
    case .exact(let version): current == version
    }
  }
}

/// The new events of one append, column by column, for one `INSERT … SELECT
/// FROM unnest(…)`: the server parses and plans one statement per batch, not one
/// per event.
private struct EventRows {
  var seq: [Int64] = []
  var id: [String] = []
  var stream: [String] = []
  var version: [Int64] = []
  var type: [String] = []
  var typeVersion: [Int64] = []
  var occurredAt: [Int64] = []
  var correlation: [String] = []
  var hasCorrelation: [Bool] = []
  var causation: [String] = []
  var hasCausation: [Bool] = []
  var payload: [String] = []
  var hash: [ByteBuffer] = []

  mutating func append(_ event: NewEvent, seq: Int64, version: Int64, hash: [UInt8]) {
    self.seq.append(seq)
    id.append(event.id.rawValue)
    stream.append(event.stream.rawValue)
    self.version.append(version)
    type.append(event.type)
    typeVersion.append(Int64(event.typeVersion))
    occurredAt.append(event.occurredAt.millisecondsSinceEpoch)
    correlation.append(event.correlationID ?? "")
    hasCorrelation.append(event.correlationID != nil)
    causation.append(event.causationID ?? "")
    hasCausation.append(event.causationID != nil)
    payload.append(String(decoding: event.payload, as: UTF8.self))
    self.hash.append(ByteBuffer(bytes: hash))
  }

  /// The statement; rows go in in `seq` order, which the row trigger checks.
  func insert(recordedAt: Int64, context: AppendContext) -> PostgresQuery {
    var binds = PostgresBindings()
    binds.append(seq)
    binds.append(id)
    binds.append(stream)
    binds.append(version)
    binds.append(type)
    binds.append(typeVersion)
    binds.append(occurredAt)
    binds.append(correlation)
    binds.append(hasCorrelation)
    binds.append(causation)
    binds.append(hasCausation)
    binds.append(payload)
    binds.append(hash)
    binds.append(recordedAt)
    binds.append(context.actor)
    binds.append(context.commandID.rawValue)
    return PostgresQuery(
      unsafeSQL: """
        INSERT INTO events (seq, event_id, stream, stream_version, type, type_version,
          occurred_at, recorded_at, actor, command_id, correlation_id, causation_id, payload, hash)
        SELECT s, i, st, v, t, tv, o, $14, $15, $16, CASE WHEN hc THEN c END,
          CASE WHEN hk THEN k END, p, h
        FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[],
          $6::bigint[], $7::bigint[], $8::text[], $9::boolean[], $10::text[], $11::boolean[],
          $12::text[], $13::bytea[]) AS u(s, i, st, v, t, tv, o, c, hc, k, hk, p, h)
        ORDER BY s
        """, binds: binds)
  }
}
