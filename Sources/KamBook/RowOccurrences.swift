/// The import's dedup counter: how often each distinct row has been seen so
/// far in one import, the "position" that tells two identical purchases on one
/// day apart, stably across re-imports.
///
/// A store keeps it beside its transaction, so that it rolls back with the
/// rows it counted (a dry run, an import refused at its last row) and its
/// memory stays flat however long the file is: SQLite keeps it in a temporary
/// table (``SQLiteRowOccurrences``); another store may keep it where it likes.
package protocol RowOccurrences {
  /// Counts one more row with content hash `key`: 1 the first time, 2 the second, …
  func next(_ key: Int) throws -> Int64
}
