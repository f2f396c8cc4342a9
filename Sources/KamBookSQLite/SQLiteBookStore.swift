package import KamBook
import KamEventLog
import KamSQLite

/// A book in one SQLite file: the log and the projections' tables side by
/// side, so that a logging command and the catch-up it causes are one
/// transaction and one sync to disk.
///
/// Writers take the lock with `BEGIN IMMEDIATE` and wait on a busy timeout,
/// so several `kam` processes appending at once all succeed, one after the
/// other; WAL lets readers go on meanwhile. SQLite's errors leave the store
/// as ``BookError``s (``BookError/sqlite(_:)``).
package final class SQLiteBookStore: BookStore {
  /// The log, whose connection the projections share.
  package let log: SQLiteEventLog
  /// The file.
  package let path: String

  package var location: String { path }

  /// Opens (or, with `create`, creates) the book file at `path` and migrates
  /// it to the schema of `schema/`.
  package init(path: String, create: Bool) throws(BookError) {
    do {
      self.log = try SQLiteEventLog(
        path: path, create: create, migrations: BookSchema.migrations, upcaster: BookUpcaster())
    } catch {
      throw BookError.sqlite(error)
    }
    self.path = path
  }

  package func read<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result {
    do {
      return try log.queue.read { db in try body(SQLiteBookTransaction(log, db)) }
    } catch {
      throw BookError.translatingSQLite(error)
    }
  }

  package func write<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result {
    do {
      return try log.transaction { db in try body(SQLiteBookTransaction(log, db)) }
    } catch {
      throw BookError.translatingSQLite(error)
    }
  }

  package func writeIfIdle<Result>(_ body: (any BookTransaction) throws -> Result) throws
    -> Result
  {
    do {
      return try log.transaction(waiting: false) { db in
        try body(SQLiteBookTransaction(log, db))
      }
    } catch {
      throw BookError.translatingSQLite(error)
    }
  }

  package func waitWhenBusy(
    seconds: Int, noticeAfterMilliseconds: Int64, notice: @escaping () -> Void
  ) {
    log.queue.access { db in
      db.setBusyWait(
        milliseconds: Int64(seconds) * 1000, noticeAfter: noticeAfterMilliseconds, notice: notice)
    }
  }

  package func storageProblem() throws -> String? {
    let result = try read { tx in
      try (tx as! SQLiteBookTransaction).db.scalar(String.self, "PRAGMA quick_check(1)")
    }
    guard let result, result != "ok" else { return nil }
    return "SQLite's quick_check: " + BookError.oneLine(result)
  }

  /// Moves everything in the write-ahead log into the main file, so that the
  /// file alone is the whole book (a simulation's draft is linked into place).
  package func checkpointWriteAheadLog() throws(BookError) {
    do {
      try log.queue.access { try $0.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
    } catch {
      throw BookError.sqlite(error)
    }
  }
}

extension Book {
  /// The SQLite log under the book, when its store is a SQLite file: for
  /// benchmarks that measure the log against raw SQLite.
  package var sqliteLog: SQLiteEventLog? { (store as? SQLiteBookStore)?.log }
}
