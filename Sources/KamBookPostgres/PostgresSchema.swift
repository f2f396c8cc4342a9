import PostgresNIO

/// A book's tables on the server: schema/postgres/, embedded
/// (``embedded``, by tools/embed-schema), and the migrator that runs them.
enum PostgresSchema {
  /// The name tools/embed-schema writes.
  typealias Migration = PostgresMigration

  /// The newest version this kam knows.
  static var latestVersion: Int { embedded.last?.version ?? 0 }

  /// A schema name kam accepts: lowercase letters, digits and `_`, not
  /// starting with a digit, at most 63 bytes; so it needs no quoting anywhere.
  /// Not the server's own (`pg_…`, `information_schema`), which it would refuse.
  static func isValidName(_ name: String) -> Bool {
    let bytes = Array(name.utf8)
    guard let first = bytes.first, bytes.count <= 63, !(0x30...0x39).contains(first),
      !name.hasPrefix("pg_"), name != "information_schema"
    else {
      return false
    }
    return bytes.allSatisfy {
      (0x61...0x7a).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5f
    }
  }

  /// The book's version, or nil when the schema holds no book.
  static func version(_ schema: String, _ session: PostgresSession) throws -> Int? {
    let rows = try session.query(
      "SELECT to_regclass(\(schema + ".kam_schema")) IS NOT NULL")
    guard try rows.first?.decode(Bool.self) == true else { return nil }
    let version = try session.query(
      PostgresQuery(unsafeSQL: "SELECT version FROM \(schema).kam_schema"))
    return try version.first.map { try Int($0.decode(Int32.self)) } ?? 0
  }

  /// Checks the book's version, creating or migrating it when `create` says so
  /// (as a role that may: a superuser, or a member of `kam_owner` with CREATE
  /// on the database).
  ///
  /// - Throws: ``PostgresLogError`` (``PostgresLogError/Code/bookMissing``,
  ///   ``PostgresLogError/Code/newerSchema``, ``PostgresLogError/Code/olderSchema``).
  static func open(_ schema: String, create: Bool, _ session: PostgresSession) throws {
    let place = "\(session.settings.database) on \(session.settings.endpoint)"
    switch try version(schema, session) {
    case let version? where version > latestVersion:
      throw PostgresLogError(
        .newerSchema,
        "the book \(schema) in \(place) has schema version \(version), newer than this kam's "
          + "\(latestVersion): upgrade kam")
    case let version? where version == latestVersion:
      return
    case nil where !create:
      throw PostgresLogError(
        .bookMissing, "no book \(schema) in \(place); create one with `kam init`")
    case let version? where !create:
      throw PostgresLogError(
        .olderSchema,
        "the book \(schema) in \(place) has schema version \(version), older than this kam's "
          + "\(latestVersion): its owner must migrate it")
    default:
      try migrate(schema, session)
    }
  }

  /// Runs the migrations the book lacks, each in its own transaction, as
  /// `kam_owner`; two migrators at once take turns.
  private static func migrate(_ schema: String, _ session: PostgresSession) throws {
    let roles = try session.query(
      "SELECT count(*) FROM pg_roles WHERE rolname IN ('kam_owner', 'kam_writer', 'kam_reader')")
    if try roles.first?.decode(Int64.self) != 3 {
      // In a transaction: its advisory lock lets two setups take turns.
      try session.execute("BEGIN;\n\(Self.roles);\nCOMMIT")
    }
    for migration in embedded {
      try session.execute("BEGIN")
      do {
        try session.pipeline([
          "SELECT pg_advisory_xact_lock(hashtext(\("kam migrate " + schema)))",
          PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema) AUTHORIZATION kam_owner"),
          PostgresQuery(unsafeSQL: "SET LOCAL search_path TO \(schema)"),
          "SET LOCAL ROLE kam_owner",
          """
          CREATE TABLE IF NOT EXISTS kam_schema (
            id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL)
          """,
          "INSERT INTO kam_schema (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
        ])
        let current = try session.query("SELECT version FROM kam_schema")
        if try current.first?.decode(Int32.self) ?? 0 < Int32(migration.version) {
          try session.execute(migration.sql)
          try session.query("UPDATE kam_schema SET version = \(Int32(migration.version))")
        }
        try session.execute("COMMIT")
      } catch {
        try? session.execute("ROLLBACK")
        throw error
      }
    }
  }
}
