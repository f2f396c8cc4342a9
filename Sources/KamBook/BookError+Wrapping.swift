import KamDomain
import KamEventLog
import KamSQLite

extension BookError {
  /// Translates an error of a lower layer into the book's vocabulary.
  public static func wrap(_ error: any Error) -> BookError {
    switch error {
    case let error as BookError:
      return error
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
      switch error.code.primary {
      case .cantOpen: return BookError(.cannotCreate, "cannot open the book: \(error.message)")
      case .notADatabase, .corrupt:
        return BookError(.incompatible, "the file is not a readable kam book: \(error.message)")
      case .ioError, .full, .readOnly, .permission:
        return BookError(.io, "cannot read or write the book: \(error.message)")
      default: return BookError(.io, error.description)
      }
    case let error as PolicyError:
      return BookError(.badInput, "\(error)")
    case let error as PayloadError:
      return BookError(.incompatible, "an event cannot be read: \(error)")
    default:
      return BookError(.io, "\(error)")
    }
  }

  /// True for the errors of the layers below the book, which ``wrap(_:)``
  /// translates; anything else (a command's own refusal) passes through as it is.
  static func isLowerLayer(_ error: any Error) -> Bool {
    error is EventLogError || error is DatabaseError || error is PayloadError
  }
}
