public import KamEventLog
public import KamSQLite
public import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The event log in a SQLite file (a "book").
///
/// Writers take the lock with `BEGIN IMMEDIATE` and wait on a busy timeout,
/// so several `kam` processes appending at once all succeed, one after the
/// other; WAL lets readers go on meanwhile.
public final class SQLiteEventLog: @unchecked Sendable {
  /// The connection; the book's projections share it so that catching up is
  /// one transaction with the reads it depends on.
  public let queue: DatabaseQueue
  let upcaster: (any EventUpcaster)?
  /// Touched only while the queue lends the connection, which serialises it.
  nonisolated(unsafe) var cache = AppendCache()

  /// How long a writer waits for another before giving up with `SQLITE_BUSY`.
  public static let busyTimeoutMilliseconds: Int32 = 15_000

  /// Opens (or, with `create`, creates) a book and migrates it to `migrations`.
  ///
  /// A new file is created readable and writable by its owner only.
  ///
  /// - Throws: ``EventLogError`` (``EventLogError/Code/bookNotFound``,
  ///   ``EventLogError/Code/cannotCreateBook``, ``EventLogError/Code/incompatibleBook``)
  ///   or ``DatabaseError``.
  public init(
    path: String, create: Bool = false, migrations: [Migration] = LogSchema.migrations,
    upcaster: (any EventUpcaster)? = nil
  ) throws {
    if path != ":memory:" && access(path, F_OK) != 0 {
      guard create else {
        throw EventLogError(.bookNotFound, "no book at \(path); create one with `kam init`")
      }
      let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        let reason = String(cString: strerror(errno))
        throw EventLogError(.cannotCreateBook, "cannot create the book \(path): \(reason)")
      }
      close(descriptor)
    }
    self.queue = try DatabaseQueue(path: path, mode: .readWrite) { db in
      db.setBusyTimeout(milliseconds: Self.busyTimeoutMilliseconds)
      try db.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
      try Migrator(
        migrations: migrations, newestKnownVersion: BookSchema.migrations.last?.version
      ).migrate(db)
    }
    self.upcaster = upcaster
  }

  public func lastSequence() throws -> SequenceNumber {
    try queue.access { db in try lastSequence(in: db) }
  }

  /// ``lastSequence()`` on a connection the caller holds (inside ``transaction(_:)``).
  public func lastSequence(in db: Database) throws -> SequenceNumber {
    SequenceNumber(rawValue: try db.scalar(Int64.self, "SELECT max(seq) FROM events") ?? 0)
  }

  public func lastSequence(recordedBy instant: Instant) throws -> SequenceNumber? {
    // One read transaction: an append between the two questions would mix two logs.
    try queue.read { db in try lastSequence(recordedBy: instant, in: db) }
  }

  /// ``lastSequence(recordedBy:)`` on a connection the caller holds, so that it
  /// can be asked in the same read transaction as other questions.
  public func lastSequence(recordedBy instant: Instant, in db: Database) throws -> SequenceNumber? {
    let k = instant.millisecondsSinceEpoch
    // K inside an out-of-order event's interval: a later event was recorded by K
    // while an earlier one was not.
    let straddled =
      try db.scalar(
        Bool.self,
        """
        SELECT EXISTS (SELECT 1 FROM events_out_of_order
                       WHERE recorded_at <= ?1 AND ?1 < latest_before)
        """, [k]) ?? false
    if straddled { return nil }
    // The last event in system-time order, or one recorded out of order after it.
    let last =
      try db.scalar(
        Int64.self,
        """
        SELECT max(coalesce((SELECT seq FROM events WHERE recorded_at <= ?1
                             ORDER BY recorded_at DESC, seq DESC LIMIT 1), 0),
                   coalesce((SELECT max(seq) FROM events_out_of_order
                             WHERE recorded_at <= ?1), 0))
        """, [k]) ?? 0
    return SequenceNumber(rawValue: last)
  }
}

/// What the appender remembers between transactions: the chain's head and
/// stream versions. Valid while no other connection has written, which
/// `PRAGMA data_version` tells.
struct AppendCache: Sendable {
  var dataVersion: Int64 = -1
  var lastSeq: Int64 = 0
  var lastHash: [UInt8] = HashChain.genesis
  /// The latest system time recorded so far.
  var latestRecordedAt: Int64 = .min
  var streamVersions: [String: Int64] = [:]
}

extension SQLiteEventLog {
  /// Runs `body` in one write transaction: appends made inside it commit
  /// together or not at all (an import rejected at its last row leaves the
  /// book as it was).
  ///
  /// Inside `body`, use the methods that take the lent `Database`
  /// (``append(_:context:in:)``, ``forEachEventToFold(after:limit:in:_:)``, …):
  /// the others take the queue, which is not re-entrant.
  ///
  /// Without `waiting`, a transaction that finds another writer holding the book fails at
  /// once with `SQLITE_BUSY` instead of waiting for it.
  public func transaction<Result>(waiting: Bool = true, _ body: (Database) throws -> Result)
    throws -> Result
  {
    try queue.access { db in
      do {
        guard waiting else {
          return try db.withoutWaiting { try db.inTransaction(.immediate) { try body(db) } }
        }
        return try db.inTransaction(.immediate) { try body(db) }
      } catch {
        // A rolled-back transaction leaves the append cache ahead of the file.
        cache.dataVersion = -1
        throw error
      }
    }
  }
}
