import KamBook
import PostgresNIO

/// The import's row counter in a temporary table of the transaction's
/// connection, as on SQLite: it rolls back with the rows it counted.
struct PostgresRowOccurrences: RowOccurrences {
  let session: PostgresSession

  func next(_ key: Int) throws -> Int64 {
    let key = Int64(key)
    let rows = try session.query(
      """
      INSERT INTO import_rows (key, seen) VALUES (\(key), 1)
      ON CONFLICT (key) DO UPDATE SET seen = import_rows.seen + 1 RETURNING seen
      """)
    guard let seen = try rows.first?.decode(Int64.self) else {
      throw BookError(.bug, "this is a bug: counting a row returned nothing")
    }
    return seen
  }
}
