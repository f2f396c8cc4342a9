package import KamBook
import KamEventLog
import PostgresNIO

/// A team book on a PostgreSQL server: the log and the projections' tables in
/// one schema of one database, shared by every `kam` that points at it.
///
/// Every write transaction takes the log's single-writer lock first
/// (`kam_lock_log()`, docs/architecture.md, "PostgreSQL: one writer at a
/// time"), so a catch-up that writes projections without appending is
/// serialised with the appends as on SQLite; reads run at REPEATABLE READ and
/// see one committed state. The server's errors leave the store as
/// ``BookError``s (``BookError/postgres(_:)``).
package final class PostgresBookStore: BookStore {
  /// The log, whose connections the projections share.
  package let log: PostgresEventLog
  /// The import's row counter (``PostgresRowOccurrences``).
  private let rows = PostgresRowOccurrences()

  package var location: String { "postgres://\(log.settings)" }

  /// Connects to the book at `url` (`postgres://…`), kept in the database's
  /// schema `schema` (by default the URL's `book`, else `kam`); with `create`,
  /// makes the schema when the database has none yet.
  package init(url: String, schema: String? = nil, create: Bool)
    throws(BookError)
  {
    do {
      log = try PostgresEventLog(
        url: url, schema: schema, create: create, upcaster: BookUpcaster())
    } catch {
      throw BookError.postgres(error)
    }
  }

  package func read<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result {
    do {
      return try log.read { session in
        let transaction = PostgresBookTransaction(log, session, rows: rows)
        let result = try body(transaction)
        try transaction.flush()
        return result
      }
    } catch {
      throw BookError.translatingPostgres(error)
    }
  }

  package func write<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result {
    do {
      return try log.transaction { session in
        try session.query("SELECT kam_lock_log()")
        let transaction = PostgresBookTransaction(log, session, rows: rows)
        let result = try body(transaction)
        try transaction.flush()
        return result
      }
    } catch {
      throw BookError.translatingPostgres(error)
    }
  }

  /// A writer waits on the server's lock as long as the other holds it.
  package func waitWhenBusy(
    seconds: Int, noticeAfterMilliseconds: Int64, notice: @escaping () -> Void
  ) {}

  /// The server checks its own pages; the chain covers the log.
  package func storageProblem() throws -> String? { nil }
}
