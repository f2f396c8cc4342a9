import KamSQLite

/// Reads a book directly, to check what kam wrote.
struct KamSQLiteProbe {
  let db: Database
  init(path: String) throws { db = try Database(path: path, mode: .readOnly) }
  func count(_ sql: String) throws -> Int { try db.scalar(Int.self, sql) ?? -1 }

  /// Every row of a query, columns joined by `|`, rows by newlines (NULL as `null`).
  func rows(_ sql: String) throws -> String {
    let statement = try db.makeStatement(sql)
    var rows: [String] = []
    while try statement.step() {
      rows.append(
        (0..<statement.columnCount).map { statement.column($0, as: String?.self) ?? "null" }
          .joined(separator: "|"))
    }
    return rows.joined(separator: "\n")
  }
}
