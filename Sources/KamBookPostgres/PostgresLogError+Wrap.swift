import PostgresNIO

extension PostgresLogError {
  /// PostgresNIO's error (or NIO's) as one line naming the server, never the
  /// password; a ``PostgresLogError`` passes through.
  static func wrap(_ error: any Error, _ settings: PostgresSettings, connecting: Bool = false)
    -> PostgresLogError
  {
    if let error = error as? PostgresLogError { return error }
    let place = settings.endpoint
    guard let error = error as? PSQLError else {
      return connecting
        ? PostgresLogError(
          .serverDown, "cannot reach the PostgreSQL server at \(place): \(oneLine(error))")
        : PostgresLogError(
          .lostConnection,
          "the connection to the PostgreSQL server at \(place) failed: "
            + oneLine(error))
    }
    if let underlying = error.underlying, underlying is NIOSSLError {
      let text = oneLine(underlying)
      let reason =
        text.contains("CERTIFICATE_VERIFY_FAILED")
        ? "its certificate could not be verified (sslmode=\(settings.sslMode.rawValue))" : text
      return PostgresLogError(.tls, "TLS with the PostgreSQL server at \(place) failed: \(reason)")
    }
    switch error.code {
    case .server:
      return server(error, settings)
    case .connectionError where connecting:
      let reason = error.underlying.map(oneLine) ?? "no answer"
      return PostgresLogError(
        .serverDown, "cannot reach the PostgreSQL server at \(place): \(reason)")
    case .authMechanismRequiresPassword:
      return PostgresLogError(
        .authentication,
        "the PostgreSQL server at \(place) asks \(settings.user) for a password and none was "
          + "given (in the URL, PGPASSWORD or the password file)")
    case .unsupportedAuthMechanism:
      return PostgresLogError(
        .authentication,
        "the PostgreSQL server at \(place) asks for an authentication kam does not speak "
          + "(use scram-sha-256, md5 or trust)")
    case .saslError:
      return PostgresLogError(
        .authentication, "the password exchange with the PostgreSQL server at \(place) failed")
    case .sslUnsupported:
      return PostgresLogError(
        .tls,
        "the PostgreSQL server at \(place) does not offer TLS, which "
          + "sslmode=\(settings.sslMode.rawValue) requires")
    case .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
      return PostgresLogError(.tls, "TLS with the PostgreSQL server at \(place) failed")
    case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
      return PostgresLogError(
        .lostConnection,
        "the connection to the PostgreSQL server at \(place) was lost; "
          + "what was not committed was not written")
    default:
      return PostgresLogError(
        .unexpected, "the PostgreSQL server at \(place) answered unexpectedly (\(error.code))")
    }
  }

  /// The server's own refusal, by its SQLSTATE.
  private static func server(_ error: PSQLError, _ settings: PostgresSettings) -> PostgresLogError {
    let state = error.serverInfo?[.sqlState] ?? ""
    let said = oneLine(error.serverInfo?[.message] ?? "no message")
    let place = settings.endpoint
    switch state {
    case "28P01", "28000":
      return PostgresLogError(
        .authentication,
        "the PostgreSQL server at \(place) refused \(settings.user): \(said)", sqlState: state)
    case "3D000":
      return PostgresLogError(
        .databaseMissing,
        "the PostgreSQL server at \(place) has no database \(settings.database); "
          + "create it with `createdb \(settings.database)`", sqlState: state)
    case "57P01", "57P02", "57P03", "08000", "08003", "08006":
      return PostgresLogError(
        .lostConnection,
        "the PostgreSQL server at \(place) ended the connection: \(said); "
          + "what was not committed was not written", sqlState: state)
    default:
      return PostgresLogError(
        .refused, "the PostgreSQL server at \(place) refused: \(said) (SQLSTATE \(state))",
        sqlState: state)
    }
  }

  private static func oneLine(_ value: Any) -> String {
    let text = String(describing: value).split(whereSeparator: \.isNewline).joined(separator: " ")
    // NIO's connection errors list every address tried; the reason is what a user needs.
    for reason in ["Connection refused", "Network is unreachable", "No route to host", "timed out"]
    where text.contains(reason) {
      return reason.lowercased()
    }
    return text
  }
}
