import KamBook
import KamSQLite

/// ``RowOccurrences`` in a temporary table of the import's connection: a
/// dictionary would grow with the file.
struct SQLiteRowOccurrences: RowOccurrences {
  private let statement: Statement

  /// The counter for one transaction of an import; `reset` empties it, at the
  /// import's first transaction.
  init(_ db: Database, reset: Bool) throws {
    if reset {
      try db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS import_rows (key INTEGER PRIMARY KEY, seen INTEGER NOT NULL)"
      )
      try db.execute("DELETE FROM temp.import_rows")
    }
    statement = try db.makeStatement(
      """
      INSERT INTO temp.import_rows (key, seen) VALUES (?, 1)
      ON CONFLICT (key) DO UPDATE SET seen = seen + 1 RETURNING seen
      """)
  }

  func next(_ key: Int) throws -> Int64 {
    try statement.bind(key)
    guard let seen = try statement.fetchOne({ try $0.column(0, as: Int64.self) }) else {
      throw BookError(.bug, "this is a bug: counting a row returned nothing")
    }
    return seen
  }
}
