import KamDomain
import KamEventLog

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
    case let error as PolicyError:
      return BookError(.badInput, "\(error)")
    case let error as PayloadError:
      return BookError(.incompatible, "an event cannot be read: \(error)")
    default:
      return BookError(.bug, "this is a bug: \(oneLine("\(error)"))")
    }
  }

  /// `text` with line breaks as spaces: every error is one line.
  package static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }

  /// True for the errors of the layers below the book, which ``wrap(_:)``
  /// translates; anything else (a command's own refusal) passes through as it is.
  public static func isLowerLayer(_ error: any Error) -> Bool {
    // A store's own errors are BookErrors by the time they leave it.
    error is EventLogError || error is PayloadError
  }
}

extension BookError {
  /// Runs `body`, with every error it throws in the book's terms (``wrap(_:)``):
  /// how a public function of the book gets its one typed error.
  package static func catching<Result>(_ body: () throws -> Result) throws(BookError) -> Result {
    do {
      return try body()
    } catch {
      throw wrap(error)
    }
  }
}
