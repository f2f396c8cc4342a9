public import KamEventLog
public import KamTime
import PostgresNIO

/// The event log of a book on a PostgreSQL server, which a whole team shares:
/// the same events, stream versions, idempotent ids, hash chain and
/// verification as SQLite's log, byte for byte. Inside a transaction it is an
/// ``EventLogTransaction`` (``PostgresLogTransaction``), what the book runs over.
///
/// Appends take the log's writer lock, one at a time, so sequence numbers
/// commit in order with no gap any reader could see (docs/architecture.md,
/// "PostgreSQL: one writer at a time"). The API is synchronous: each call
/// waits for NIO's threads, and must not be made from one of them.
public final class PostgresEventLog: @unchecked Sendable {
  /// Where the book is; its ``PostgresSettings/description`` holds no password.
  public let settings: PostgresSettings
  /// The PostgreSQL schema (namespace) holding the book's tables.
  public let schema: String
  let pool: PostgresConnectionPool
  let upcaster: (any EventUpcaster)?

  /// The schema a book lives in unless told otherwise.
  public static let defaultSchema = "kam"

  /// The migrations of schema/postgres/, in order, as the migrator runs them.
  public static var migrations: [PostgresMigration] { PostgresSchema.embedded }

  /// schema/postgres/roles.sql: the server's roles, which the migrator creates
  /// when they are missing (and it may).
  public static var rolesSQL: String { PostgresSchema.roles }

  /// Opens (or, with `create`, creates or migrates) the book in `schema` of
  /// the database `url` names (by default the URL's `book`, else ``defaultSchema``);
  /// credentials as ``PostgresSettings`` reads them.
  ///
  /// - Throws: ``PostgresLogError``: ``PostgresLogError/Code/invalidURL``,
  ///   ``PostgresLogError/Code/serverDown``, ``PostgresLogError/Code/authentication``,
  ///   ``PostgresLogError/Code/databaseMissing``, ``PostgresLogError/Code/bookMissing``,
  ///   ``PostgresLogError/Code/newerSchema``, …
  public convenience init(
    url: String, schema: String? = nil, create: Bool = false,
    upcaster: (any EventUpcaster)? = nil
  ) throws {
    try self.init(
      settings: try PostgresSettings(url: url), schema: schema, create: create, upcaster: upcaster)
  }

  /// ``init(url:schema:create:upcaster:)`` with settings already read.
  public init(
    settings: PostgresSettings, schema: String? = nil, create: Bool = false,
    upcaster: (any EventUpcaster)? = nil
  ) throws {
    let schema = schema ?? settings.book ?? Self.defaultSchema
    guard PostgresSchema.isValidName(schema) else {
      throw PostgresLogError(
        .invalidURL,
        "the book name \(schema) (the schema it lives in) is not lowercase letters, digits and _ (at most 63)"
      )
    }
    self.settings = settings
    self.schema = schema
    self.upcaster = upcaster
    pool = try PostgresConnectionPool(settings: settings, searchPath: schema)
    try pool.withSession { session in try PostgresSchema.open(schema, create: create, session) }
  }

  deinit { pool.shutdown() }

  /// Closes the log's idle connections now rather than when it goes (a role
  /// cannot be dropped while it is logged in).
  public func close() { pool.shutdown() }

  /// Runs `body` on one of the log's connections, outside any transaction:
  /// for statements kam has no method for (an administrator's, a test's).
  public func withSession<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
    try pool.withSession(body)
  }

  /// Connects to the server `settings` name and asks it one trivial question:
  /// whether a book could be reached there at all, and if not, why.
  ///
  /// - Throws: ``PostgresLogError`` (``PostgresLogError/Code/serverDown``,
  ///   ``PostgresLogError/Code/authentication``, ``PostgresLogError/Code/databaseMissing``, …).
  public static func ping(_ settings: PostgresSettings) throws {
    let pool = try PostgresConnectionPool(settings: settings, searchPath: defaultSchema)
    defer { pool.shutdown() }
    _ = try pool.withSession { session in try session.query("SELECT 1") }
  }

  /// Runs `body` on one connection in one transaction (READ COMMITTED), which
  /// commits when it returns and rolls back when it throws: appends made inside
  /// it (``append(_:context:in:)``) commit together or not at all.
  ///
  /// - Throws: what `body` throws, or ``PostgresLogError``.
  public func transaction<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
    try pool.withSession { session in
      try session.execute("BEGIN")
      let result: Result
      do {
        result = try body(session)
      } catch {
        try? session.execute("ROLLBACK")
        throw error
      }
      try session.execute("COMMIT")
      return result
    }
  }

  /// Runs `body` in one read-only REPEATABLE READ transaction: every query in
  /// it sees the same snapshot of the log (a prefix, since appends commit in order).
  package func read<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
    try pool.withSession { session in
      try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
      defer { try? session.execute("ROLLBACK") }
      return try body(session)
    }
  }

  /// The last sequence number (zero for an empty log).
  public func lastSequence() throws -> SequenceNumber {
    try pool.withSession { session in try lastSequence(in: session) }
  }

  /// ``lastSequence()`` on a session the caller holds (inside ``transaction(_:)``).
  public func lastSequence(in session: PostgresSession) throws -> SequenceNumber {
    let rows = try session.query("SELECT coalesce(max(seq), 0) FROM events")
    return SequenceNumber(rawValue: try rows.first?.decode(Int64.self) ?? 0)
  }

  /// The position S such that the events recorded by `instant` are exactly
  /// the log's first S; nil when they are not a prefix (a clock set back).
  public func lastSequence(recordedBy instant: Instant) throws -> SequenceNumber? {
    try pool.withSession { session in try lastSequence(recordedBy: instant, in: session) }
  }

  /// ``lastSequence(recordedBy:)`` on a session the caller holds; one statement,
  /// so both questions see the same log.
  public func lastSequence(recordedBy instant: Instant, in session: PostgresSession) throws
    -> SequenceNumber?
  {
    let k = instant.millisecondsSinceEpoch
    // As SQLite's: K inside an out-of-order event's interval is no prefix;
    // otherwise the last event in system-time order, or one recorded out of order after it.
    var binds = PostgresBindings()
    binds.append(k)
    let rows = try session.query(
      PostgresQuery(
        unsafeSQL: """
          SELECT EXISTS (SELECT 1 FROM events_out_of_order
                         WHERE recorded_at <= $1 AND $1 < latest_before),
                 greatest(coalesce((SELECT seq FROM events WHERE recorded_at <= $1
                                    ORDER BY recorded_at DESC, seq DESC LIMIT 1), 0),
                          coalesce((SELECT max(seq) FROM events_out_of_order
                                    WHERE recorded_at <= $1), 0))
          """, binds: binds))
    guard let row = rows.first else { return .zero }
    let (straddled, last) = try row.decode((Bool, Int64).self)
    return straddled ? nil : SequenceNumber(rawValue: last)
  }
}
