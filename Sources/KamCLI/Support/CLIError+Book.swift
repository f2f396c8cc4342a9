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
    case .refused: code = .usage
    default: code = .ioError
    }
    self.init(code, error.refusal.map { Self.words($0) } ?? error.message)
  }

  /// A command the domain refused: bad command line (exit 64).
  init(_ refusal: CommandRefusal) {
    self.init(.usage, Self.words(refusal))
  }

  /// The refusal's words with each input named as its option (`freeDelivery` as
  /// `--free-delivery`).
  static func words(_ refusal: CommandRefusal) -> String {
    refusal.message { input in
      "--"
        + input.map { $0.isUppercase ? "-" + $0.lowercased() : String($0) }.joined()
    }
  }
}
