import PostgresNIO

/// The log's own connections: a caller takes an idle one (or a new one) and
/// gives it back, so that threads calling at once each have their own.
final class PostgresConnectionPool: @unchecked Sendable {
  let settings: PostgresSettings
  /// Extra startup parameters: the book's schema as `search_path`.
  private let configuration: PostgresConnection.Configuration
  private let group: any EventLoopGroup
  let logger: Logger
  private let idle = Locked<(sessions: [PostgresSession], nextID: Int, closed: Bool)>(
    ([], 1, false))

  /// How many idle connections are kept; more are closed when given back.
  static let idleLimit = 4

  init(settings: PostgresSettings, searchPath: String) throws {
    self.settings = settings
    var configuration =
      settings.isUnixSocket
      ? PostgresConnection.Configuration(
        unixSocketPath: settings.socketPath, username: settings.user,
        password: settings.password, database: settings.database)
      : PostgresConnection.Configuration(
        host: settings.host, port: settings.port, username: settings.user,
        password: settings.password, database: settings.database,
        tls: try Self.tls(settings))
    configuration.options.additionalStartupParameters = [
      ("search_path", searchPath), ("application_name", "kam"),
    ]
    configuration.options.connectTimeout = .seconds(10)
    self.configuration = configuration
    // NIO's shared threads: never the caller's, which blocks on them.
    group = MultiThreadedEventLoopGroup.singleton
    var logger = Logger(label: "kam.postgres")
    logger.logLevel = .critical
    self.logger = logger
  }

  /// PostgresNIO's TLS for libpq's `sslmode`; `allow` is taken as `prefer`.
  private static func tls(_ settings: PostgresSettings) throws
    -> PostgresConnection.Configuration
    .TLS
  {
    var tls = TLSConfiguration.makeClientConfiguration()
    switch settings.sslMode {
    case .disable: return .disable
    case .allow, .prefer, .require: tls.certificateVerification = .none
    case .verifyCA: tls.certificateVerification = .noHostnameVerification
    case .verifyFull: tls.certificateVerification = .fullVerification
    }
    let context: NIOSSLContext
    do {
      context = try NIOSSLContext(configuration: tls)
    } catch {
      throw PostgresLogError(.tls, "cannot set up TLS for \(settings.endpoint): \(error)")
    }
    switch settings.sslMode {
    case .allow, .prefer: return .prefer(context)
    default: return .require(context)
    }
  }

  /// Runs `body` on a connection of its own, given back afterwards unless it broke.
  func withSession<Result>(_ body: (PostgresSession) throws -> Result) throws -> Result {
    let session = try take()
    do {
      let result = try body(session)
      giveBack(session)
      return result
    } catch {
      // A broken connection may not know it yet: never lend it again.
      let lost = (error as? PostgresLogError)?.code == .lostConnection
      if lost || session.connection.isClosed { close(session) } else { giveBack(session) }
      throw error
    }
  }

  private func take() throws -> PostgresSession {
    let (reused, id) = idle.withLock { state -> (PostgresSession?, Int) in
      while let session = state.sessions.popLast() {
        if !session.connection.isClosed { return (session, 0) }
      }
      state.nextID += 1
      return (nil, state.nextID)
    }
    if let reused { return reused }
    do {
      let connection = try PostgresConnection.connect(
        on: group.next(), configuration: configuration, id: id, logger: logger
      ).wait()
      return PostgresSession(connection: connection, settings: settings, logger: logger)
    } catch {
      throw PostgresLogError.wrap(error, settings, connecting: true)
    }
  }

  private func giveBack(_ session: PostgresSession) {
    let kept = idle.withLock { state -> Bool in
      guard !state.closed, state.sessions.count < Self.idleLimit else { return false }
      state.sessions.append(session)
      return true
    }
    if !kept { close(session) }
  }

  private func close(_ session: PostgresSession) {
    try? session.connection.close().wait()
  }

  /// Closes every idle connection; those lent out close when given back.
  func shutdown() {
    let sessions = idle.withLock { state -> [PostgresSession] in
      state.closed = true
      defer { state.sessions = [] }
      return state.sessions
    }
    for session in sessions { close(session) }
  }
}
