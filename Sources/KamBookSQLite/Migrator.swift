import KamEventLog
public import KamSQLite
public import KamTime

/// Applies numbered migrations in order, each in the one transaction that
/// records it in `kam_migrations`, and refuses books written by a newer kam.
public struct Migrator: Sendable {
  /// All migrations this kam knows, in order.
  public var migrations: [Migration]

  /// The newest schema version any part of this kam knows: a file at a higher one was
  /// written by a newer kam. The log alone applies only its own migrations, yet a whole
  /// book it opens may hold the book's later ones (9, after the log's 8).
  public var newestKnownVersion: Int

  /// Creates a migrator; `migrations` must be sorted by version with no repeats.
  /// `newestKnownVersion` defaults to the last of them.
  public init(migrations: [Migration], newestKnownVersion: Int? = nil) {
    precondition(
      zip(migrations, migrations.dropFirst()).allSatisfy { $0.version < $1.version },
      "migrations must be in increasing order")
    self.migrations = migrations
    self.newestKnownVersion = max(newestKnownVersion ?? 0, migrations.last?.version ?? 0)
  }

  /// The newest schema version these migrations bring a file to.
  public var latestVersion: Int { migrations.last?.version ?? 0 }

  /// Brings the database up to ``latestVersion``: applies, in order, every
  /// migration not yet recorded in `kam_migrations`.
  ///
  /// By the set applied, not by the highest number: the log's own migrations
  /// and the book's interleave (the log's 7 follows the book's 2–6), so a file
  /// the log alone created holds 1 and 7, and a book must still get 2–6.
  ///
  /// - Throws: ``EventLogError/Code/incompatibleBook`` when the file is not a
  ///   kam book or was written by a newer kam; nothing is changed then.
  public func migrate(_ db: Database, now: Instant = .now) throws {
    // Most opens find the book current: check that without taking the write
    // lock, so that a query never waits for, or blocks, a writer.
    let current = try db.inTransaction(.deferred) {
      let applicationID = try db.scalar(Int.self, "PRAGMA application_id") ?? 0
      guard applicationID == Int(LogSchema.applicationID) else { return false }
      let applied = try appliedVersions(db)
      return migrations.allSatisfy { applied.contains($0.version) }
        && (applied.max() ?? 0) <= newestKnownVersion
    }
    if current { return }
    try db.inTransaction(.immediate) {
      let applied = try checkedVersions(db)
      for migration in migrations where !applied.contains(migration.version) {
        try db.execute(migration.sql)
        try db.execute(
          "INSERT INTO kam_migrations (version, name, applied_at) VALUES (?, ?, ?)",
          [migration.version, migration.name, now.description])
      }
    }
  }

  /// The schema version of the book: the highest migration applied (0 for a
  /// new, empty file).
  public func appliedVersion(_ db: Database) throws -> Int {
    try checkedVersions(db).max() ?? 0
  }

  /// The migrations applied, after checking the file is a kam book this kam
  /// can read; a new, empty file is made one.
  private func checkedVersions(_ db: Database) throws -> Set<Int> {
    let applicationID = try db.scalar(Int.self, "PRAGMA application_id") ?? 0
    let tables = try db.scalar(Int.self, "SELECT count(*) FROM sqlite_schema") ?? 0
    if applicationID == 0 && tables == 0 {
      try db.execute("PRAGMA application_id = \(LogSchema.applicationID)")
      try db.execute(
        """
        CREATE TABLE kam_migrations (
          version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT
        """)
      return []
    }
    guard applicationID == Int(LogSchema.applicationID) else {
      throw EventLogError(
        .incompatibleBook, "\(db.path) is a SQLite file but not a kam book")
    }
    let applied = try appliedVersions(db)
    let version = applied.max() ?? 0
    guard version <= newestKnownVersion else {
      throw EventLogError(
        .incompatibleBook,
        "\(db.path) was written by a newer kam (schema \(version); this kam knows up to "
          + "\(newestKnownVersion)); upgrade kam to open it")
    }
    return applied
  }

  /// The versions recorded in `kam_migrations`.
  private func appliedVersions(_ db: Database) throws -> Set<Int> {
    var versions = Set<Int>()
    try db.forEachRow("SELECT version FROM kam_migrations") { versions.insert(try $0.column(0)) }
    return versions
  }
}
