package import KamBook
import KamSQLite

extension BookError {
  /// The tables of the log itself: the data, which a rebuild cannot restore.
  static let logTables: Set<String> = [
    "events", "events_out_of_order", "log_head", "kam_migrations",
  ]

  /// `error` in the book's terms: SQLite's errors translated here, the rest as
  /// ``BookError/wrap(_:)`` translates them.
  package static func sqlite(_ error: any Error) -> BookError {
    wrap(translatingSQLite(error))
  }

  /// SQLite's errors (``DatabaseError``, ``RowDecodingError``) as ``BookError``s;
  /// any other error as it is, so that what a closure threw passes through a store.
  static func translatingSQLite(_ error: any Error) -> any Error {
    switch error {
    case let error as DatabaseError: return translate(error)
    case let error as RowDecodingError:
      // The SQL and the row are for a bug report; the column says what is wrong.
      return BookError(
        .incompatible,
        "the book holds a value kam cannot read: \(oneLine(error.reason)) "
          + "(kam verify checks the log; kam rebuild restores the projections)")
    default: return error
    }
  }

  private static func translate(_ error: DatabaseError) -> BookError {
    if error.isBusy {
      return BookError(.retry, "the book is busy (another kam is writing); try again")
    }
    // SQLite's message only, on one line: the SQL that failed is for a bug report.
    let message = oneLine(error.message)
    switch error.code.primary {
    case .cantOpen: return BookError(.cannotCreate, "cannot open the book: \(message)")
    case .notADatabase, .corrupt:
      return BookError(.incompatible, "the file is not a readable kam book: \(message)")
    case .ioError, .full, .readOnly, .permission:
      return BookError(.io, "cannot read or write the book: \(message)")
    case .constraint where message.contains("append-only"):
      return BookError(.incompatible, "the book refused a change to its log: \(message)")
    case .error, .constraint, .misuse:
      if let missing = missingPart(message) {
        let log = logTables.contains { missing == "table \($0)" }
        return BookError(
          .incompatible,
          "the book is damaged: \(missing) is missing "
            + (log
              ? "(it holds the log itself: restore the book from a backup)"
              : "(kam verify checks the log; kam rebuild restores the projections' tables)"))
      }
      return BookError(.bug, "this is a bug: SQLite error \(error.code.rawValue): \(message)")
    default:
      return BookError(.io, "SQLite error \(error.code.rawValue): \(message)")
    }
  }

  /// A table or column the book's schema has and the file lacks, named from
  /// SQLite's message ("no such table: client_snapshots").
  private static func missingPart(_ message: String) -> String? {
    for (prefix, kind) in [("no such table: ", "table"), ("no such column: ", "column")] {
      if let range = message.firstRange(of: prefix) {
        return "\(kind) \(message[range.upperBound...])"
      }
    }
    return nil
  }
}
