import KamSQLite

/// Reads a book directly, to check what kam wrote.
struct KamSQLiteProbe {
  let db: Database
  init(path: String) throws { db = try Database(path: path, mode: .readOnly) }
  func count(_ sql: String) throws -> Int { try db.scalar(Int.self, sql) ?? -1 }

  /// Every row of a query, columns joined by `|`, rows by newlines (NULL as `null`).
  func rows(_ sql: String) throws -> String {
    try db.makeStatement(sql).fetchAll(Self.line).joined(separator: "\n")
  }

  /// A row's columns joined by `|`, each as SQLite's `CAST(… AS TEXT)` writes
  /// it, NULL as `null`.
  static func line(_ row: Row) -> String {
    (0..<row.count).map { index in
      switch row.databaseValue(index) {
      case .null: "null"
      case .integer(let value): "\(value)"
      case .real(let value): "\(value)"
      case .text(let text): text
      case .blob(let bytes): String(decoding: bytes, as: UTF8.self)
      }
    }.joined(separator: "|")
  }
}
