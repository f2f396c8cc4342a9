import KamSQLite

/// Reads a book directly, to check what kam wrote.
struct KamSQLiteProbe {
  let db: Database
  init(path: String) throws { db = try Database(path: path, mode: .readOnly) }
  func count(_ sql: String) throws -> Int { try db.scalar(Int.self, sql) ?? -1 }
}
