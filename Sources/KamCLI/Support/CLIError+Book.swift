import KamBook
import KamDomain
import KamEventLog
import KamTime

extension CLIError {
  /// The exit status and message for an error of the book.
  init(_ error: BookError) {
    let code: Code
    switch error.code {
    case .badArgument: code = .usage
    case .badInput, .incompatible: code = .dataError
    case .notFound: code = .noInput
    case .cannotCreate: code = .cannotCreate
    case .retry: code = .tryAgain
    case .damaged: code = .checkFailed
    case .bug: code = .software
    default: code = .ioError
    }
    self.init(code, error.message)
  }
}
