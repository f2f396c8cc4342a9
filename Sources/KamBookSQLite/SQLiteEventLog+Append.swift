public import KamEventLog
public import KamSQLite
import KamTime

extension SQLiteEventLog {
  @discardableResult
  public func append(_ events: [NewEvent], context: AppendContext) throws -> AppendResult {
    try queue.access { db in try append(events, context: context, in: db) }
  }

  /// ``append(_:context:)`` on a connection the caller holds: inside
  /// ``transaction(_:)``, so that the append commits with the rest of it.
  @discardableResult
  public func append(_ events: [NewEvent], context: AppendContext, in db: Database) throws
    -> AppendResult
  {
    var working = cache
    do {
      let result = try db.inTransaction(.immediate) {
        try append(events, context: context, db: db, cache: &working)
      }
      cache = working
      return result
    } catch {
      cache.dataVersion = -1
      throw error
    }
  }

  private static let insertSQL = """
    INSERT INTO events (seq, event_id, stream, stream_version, type, type_version,
      occurred_at, recorded_at, actor, command_id, correlation_id, causation_id, payload, hash)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
    ON CONFLICT (event_id) DO NOTHING
    """

  private func append(
    _ events: [NewEvent], context: AppendContext, db: Database, cache: inout AppendCache
  ) throws -> AppendResult {
    try refresh(&cache, db: db)
    let insert = try db.cachedStatement(Self.insertSQL)
    var stored: [StoredEvent] = []
    stored.reserveCapacity(events.count)
    var duplicates = 0
    for event in events {
      guard !event.type.isEmpty, event.typeVersion >= 1 else {
        throw EventLogError(
          .invalidEvent, "event \(event.id) needs a type and a type version of at least 1")
      }
      let current = try streamVersion(event.stream, db: db, cache: &cache)
      guard event.expectedVersion.admits(current) else {
        if let existing = try storedEvent(id: event.id, db: db) {
          stored.append(existing)
          duplicates += 1
          continue
        }
        throw EventLogError(
          .wrongExpectedVersion,
          "stream \(event.stream) is at version \(current), but the append expected "
            + "\(event.expectedVersion)")
      }
      let seq = cache.lastSeq + 1
      let version = current + 1
      let hash = event.payload.withUnsafeBytes { payload in
        HashChain.hash(
          previous: cache.lastHash, seq: seq, id: event.id.rawValue, stream: event.stream.rawValue,
          streamVersion: version, type: event.type, typeVersion: Int64(event.typeVersion),
          occurredAt: event.occurredAt.millisecondsSinceEpoch,
          recordedAt: context.recordedAt.millisecondsSinceEpoch, actor: context.actor,
          commandID: context.commandID.rawValue, correlationID: event.correlationID,
          causationID: event.causationID, payload: payload)
      }
      try insert.bind(
        seq, event.id.rawValue, event.stream.rawValue, version, event.type, event.typeVersion,
        event.occurredAt.millisecondsSinceEpoch, context.recordedAt.millisecondsSinceEpoch,
        context.actor, context.commandID.rawValue, event.correlationID, event.causationID,
        UTF8Text(event.payload), Blob(hash))
      try insert.execute()
      guard db.changes == 1 else {
        guard let existing = try storedEvent(id: event.id, db: db) else {
          throw EventLogError(.invalidEvent, "event \(event.id) was neither stored nor found")
        }
        stored.append(existing)
        duplicates += 1
        continue
      }
      cache.lastSeq = seq
      cache.lastHash = hash
      try noteRecordingOrder(seq, context.recordedAt.millisecondsSinceEpoch, db, &cache)
      cache.streamVersions[event.stream.rawValue] = version
      stored.append(
        StoredEvent(
          seq: SequenceNumber(rawValue: seq), id: event.id, stream: event.stream,
          streamVersion: version, type: event.type, typeVersion: event.typeVersion,
          occurredAt: event.occurredAt, recordedAt: context.recordedAt, actor: context.actor,
          commandID: context.commandID, correlationID: event.correlationID,
          causationID: event.causationID, payload: event.payload, hash: hash))
    }
    if stored.count > duplicates { try storeHead(cache.lastSeq, cache.lastHash, db) }
    return AppendResult(events: stored, duplicates: duplicates)
  }

  /// Keeps `log_head` (schema 8) at the last event, once per append: it tells
  /// verification how far the log went.
  private func storeHead(_ seq: Int64, _ hash: [UInt8], _ db: Database) throws {
    let head = try db.cachedStatement(
      """
      INSERT INTO log_head (id, seq, hash) VALUES (1, ?1, ?2)
      ON CONFLICT (id) DO UPDATE SET seq = ?1, hash = ?2
      """)
    try head.bind(seq, Blob(hash))
    try head.execute()
  }

  /// Drops what the cache knows when another connection has written since.
  private func refresh(_ cache: inout AppendCache, db: Database) throws {
    let dataVersion = try db.scalar(Int64.self, "PRAGMA data_version") ?? 0
    guard dataVersion != cache.dataVersion else { return }
    cache = AppendCache()
    cache.dataVersion = dataVersion
    let head = try db.cachedStatement(
      """
      SELECT seq, hash, (SELECT max(recorded_at) FROM events)
      FROM events ORDER BY seq DESC LIMIT 1
      """)
    let found = try head.fetchOne { row in
      (
        try row.column(0, as: Int64.self), try row.column(1, as: Blob.self),
        try row.column(2, as: Int64.self)
      )
    }
    if let (seq, hash, latestRecordedAt) = found {
      cache.lastSeq = seq
      cache.lastHash = hash.bytes
      cache.latestRecordedAt = latestRecordedAt
    }
  }

  /// Keeps `events_out_of_order` (schema 7): an event recorded earlier than
  /// one before it is listed, so that replays know which instants are not a
  /// prefix of the log (``lastSequence(recordedBy:)``).
  private func noteRecordingOrder(
    _ seq: Int64, _ recordedAt: Int64, _ db: Database, _ cache: inout AppendCache
  ) throws {
    guard recordedAt < cache.latestRecordedAt else {
      cache.latestRecordedAt = recordedAt
      return
    }
    let note = try db.cachedStatement(
      "INSERT INTO events_out_of_order (seq, recorded_at, latest_before) VALUES (?, ?, ?)")
    try note.bind(seq, recordedAt, cache.latestRecordedAt)
    try note.execute()
  }

  private func streamVersion(_ stream: StreamID, db: Database, cache: inout AppendCache) throws
    -> Int64
  {
    if let version = cache.streamVersions[stream.rawValue] { return version }
    let version =
      try db.scalar(
        Int64.self, "SELECT max(stream_version) FROM events WHERE stream = ?", [stream.rawValue])
      ?? 0
    cache.streamVersions[stream.rawValue] = version
    return version
  }
}
