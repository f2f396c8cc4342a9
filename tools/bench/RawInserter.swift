import CKamSQLite
import KamBookSQLite
import KamEventLog
import KamSQLite
import KamTime

/// The practical limit: a minimal loop over the SQLite C API inserting the
/// same rows into the same schema (same table, indexes and triggers), with the
/// same pragmas, and no hashing, version checks or idempotency.
struct RawInserter {
  let path: String

  /// Creates the schema in a fresh file.
  init(path: String) throws {
    self.path = path
    _ = try SQLiteEventLog(path: path, create: true)
  }

  /// Inserts `events` in transactions of `batch` rows; returns seconds.
  func insert(_ events: [NewEvent], batch: Int) -> Double {
    var db: OpaquePointer?
    sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nil)
    defer { sqlite3_close_v2(db) }
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", nil, nil, nil)
    var statement: OpaquePointer?
    sqlite3_prepare_v2(
      db,
      """
      INSERT INTO events (seq, event_id, stream, stream_version, type, type_version,
        occurred_at, recorded_at, actor, command_id, correlation_id, causation_id, payload, hash)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, NULL, NULL, ?11, ?12)
      """, -1, &statement, nil)
    defer { sqlite3_finalize(statement) }
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    let hash = [UInt8](repeating: 7, count: 32)
    var versions: [String: Int64] = [:]
    return time {
      var seq: Int64 = 0
      for chunk in stride(from: 0, to: events.count, by: batch) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nil, nil, nil)
        for event in events[chunk..<min(chunk + batch, events.count)] {
          seq += 1
          let version = (versions[event.stream.rawValue] ?? 0) + 1
          versions[event.stream.rawValue] = version
          sqlite3_bind_int64(statement, 1, seq)
          sqlite3_bind_text(statement, 2, event.id.rawValue, -1, transient)
          sqlite3_bind_text(statement, 3, event.stream.rawValue, -1, transient)
          sqlite3_bind_int64(statement, 4, version)
          sqlite3_bind_text(statement, 5, event.type, -1, transient)
          sqlite3_bind_int64(statement, 6, Int64(event.typeVersion))
          sqlite3_bind_int64(statement, 7, event.occurredAt.millisecondsSinceEpoch)
          sqlite3_bind_int64(statement, 8, 1_700_000_000_000)
          sqlite3_bind_text(statement, 9, "bench", -1, transient)
          sqlite3_bind_text(statement, 10, "c-bench", -1, transient)
          event.payload.withUnsafeBytes {
            _ = sqlite3_bind_text(
              statement, 11, $0.baseAddress!.assumingMemoryBound(to: CChar.self),
              Int32($0.count), transient)
          }
          sqlite3_bind_blob(statement, 12, hash, 32, transient)
          sqlite3_step(statement)
          sqlite3_reset(statement)
        }
        sqlite3_exec(db, "COMMIT", nil, nil, nil)
      }
    }
  }
}
