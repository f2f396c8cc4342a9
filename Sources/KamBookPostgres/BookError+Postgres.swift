package import KamBook

extension BookError {
  /// `error` in the book's terms: the server's errors translated here, the rest
  /// as ``BookError/wrap(_:)`` translates them.
  package static func postgres(_ error: any Error) -> BookError {
    wrap(translatingPostgres(error))
  }

  /// The PostgreSQL store's errors as ``BookError``s, with the exit status of
  /// their family (README, "Exit status"); any other error as it is, so that
  /// what a closure threw passes through the store.
  static func translatingPostgres(_ error: any Error) -> any Error {
    guard let error = error as? PostgresLogError else { return error }
    let code: BookError.Code
    switch error.code {
    case .invalidURL: code = .badArgument
    case .databaseMissing, .bookMissing: code = .notFound
    case .authentication: code = .cannotCreate
    case .newerSchema, .olderSchema, .refused: code = .incompatible
    case .serverDown, .lostConnection, .tls: code = .io
    default: code = .bug
    }
    return BookError(code, code == .bug ? "this is a bug: \(error.message)" : error.message)
  }
}
