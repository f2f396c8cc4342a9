import KamDomain
import KamEventLog
import KamSQLite

extension BookError {
  /// Translates an error of a lower layer into the book's vocabulary.
  public static func wrap(_ error: any Error) -> BookError {
    switch error {
    case let error as BookError:
      return error
    case let refusal as CommandRefusal:
      return BookError(refusal)
    case let error as EventLogError:
      switch error.code {
      case .wrongExpectedVersion:
        return BookError(
          .retry, "the book changed while this command ran (\(error.message)); try again")
      case .bookNotFound: return BookError(.notFound, error.message)
      case .cannotCreateBook: return BookError(.cannotCreate, error.message)
      case .incompatibleBook: return BookError(.incompatible, error.message)
      default: return BookError(.incompatible, error.message)
      }
    case let error as DatabaseError:
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
          let log = Book.logTables.contains { missing == "table \($0)" }
          return BookError(
            .incompatible,
            "the book is damaged: \(missing) is missing "
              + (log
                ? "(it holds the log itself: restore the book from a backup)"
                : "(kam verify checks the log; kam rebuild restores the projections' tables)"))
        }
        return BookError(
          .bug, "this is a bug: SQLite error \(error.code.rawValue): \(message)")
      default:
        return BookError(.io, "SQLite error \(error.code.rawValue): \(message)")
      }
    case let error as RowDecodingError:
      // The SQL and the row are for a bug report; the column says what is wrong.
      return BookError(
        .incompatible,
        "the book holds a value kam cannot read: \(oneLine(error.reason)) "
          + "(kam verify checks the log; kam rebuild restores the projections)")
    case let error as PolicyError:
      return BookError(.badInput, "\(error)")
    case let error as PayloadError:
      return BookError(.incompatible, "an event cannot be read: \(error)")
    default:
      return BookError(.bug, "this is a bug: \(oneLine("\(error)"))")
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

  /// `text` with line breaks as spaces: every error is one line.
  static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }

  /// True for the errors of the layers below the book, which ``wrap(_:)``
  /// translates; anything else (a command's own refusal) passes through as it is.
  public static func isLowerLayer(_ error: any Error) -> Bool {
    error is EventLogError || error is DatabaseError || error is RowDecodingError
      || error is PayloadError
  }
}
