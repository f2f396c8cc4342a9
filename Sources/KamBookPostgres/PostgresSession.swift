public import PostgresNIO

/// One connection to the server, lent to a caller for the length of a call or
/// of a ``PostgresEventLog/transaction(_:)``, with synchronous queries.
///
/// Each query is sent on NIO's event-loop threads and the calling thread waits
/// for its answer (docs/architecture.md, "Synchronous API over NIO"): never
/// call these from an event-loop thread.
public final class PostgresSession: @unchecked Sendable {
  /// The connection, for PostgresNIO calls kam has no wrapper for.
  public let connection: PostgresConnection
  let settings: PostgresSettings
  let logger: Logger
  /// What to do for each caller waiting now, should the connection close:
  /// fail its wait (see ``answer(_:)``).
  private let waiting = Locked<(next: Int, failures: [Int: @Sendable () -> Void], closed: Bool)>(
    (0, [:], false))

  init(connection: PostgresConnection, settings: PostgresSettings, logger: Logger) {
    self.connection = connection
    self.settings = settings
    self.logger = logger
    connection.closeFuture.whenComplete { [waiting] _ in
      let failures = waiting.withLock { state in
        state.closed = true
        defer { state.failures = [:] }
        return state.failures.values
      }
      for fail in failures { fail() }
    }
  }

  /// Runs one statement (with bound parameters) and returns its rows.
  ///
  /// - Throws: ``PostgresLogError``.
  @discardableResult
  public func query(_ query: PostgresQuery) throws -> [PostgresRow] {
    try requireOpen()
    do {
      return try answer(connection.query(query, logger: logger)).rows
    } catch {
      throw PostgresLogError.wrap(error, settings)
    }
  }

  /// Sends several statements at once and waits for them all: one round trip
  /// instead of one each. They run in order; after the first failure the
  /// rest fail too, and that first failure is thrown.
  ///
  /// - Throws: ``PostgresLogError``.
  @discardableResult
  public func pipeline(_ queries: [PostgresQuery]) throws -> [[PostgresRow]] {
    try requireOpen()
    let futures = queries.map { connection.query($0, logger: logger) }
    // The server answers in order: once the last has its answer, all have.
    if let last = futures.last {
      do {
        _ = try answer(last)
      } catch let error as PostgresLogError where error.code == .lostConnection {
        throw error
      } catch {}
    }
    var results: [[PostgresRow]] = []
    results.reserveCapacity(futures.count)
    var failure: (any Error)?
    for future in futures {
      do {
        results.append(try future.wait().rows)
      } catch {
        if failure == nil { failure = error }
      }
    }
    if let failure { throw PostgresLogError.wrap(failure, settings) }
    return results
  }

  /// Runs SQL text that may hold several statements (a schema file), with no
  /// parameters, in order, in one round trip; each commits on its own unless a
  /// transaction is open.
  ///
  /// - Throws: ``PostgresLogError``.
  public func execute(_ sql: String) throws {
    try pipeline(SQLScript.statements(sql).map { PostgresQuery(unsafeSQL: $0) })
  }

  /// Waits for `future`, or until the connection closes, whichever comes
  /// first: PostgresNIO drops a query written to a connection that closed in
  /// the meantime, and its future would then never complete.
  private func answer<Value: Sendable>(_ future: EventLoopFuture<Value>) throws -> Value {
    let promise = future.eventLoop.makePromise(of: Value.self)
    future.cascade(to: promise)
    let lost = PostgresLogError(
      .lostConnection,
      "the connection to the PostgreSQL server at \(settings.endpoint) was lost; "
        + "what was not committed was not written")
    let id = waiting.withLock { state -> Int? in
      guard !state.closed else { return nil }
      state.next += 1
      state.failures[state.next] = { promise.fail(lost) }
      return state.next
    }
    guard let id else { throw lost }
    defer { _ = waiting.withLock { $0.failures.removeValue(forKey: id) } }
    return try promise.futureResult.wait()
  }

  /// Refuses to send on a connection that has closed: PostgresNIO would drop
  /// the query and its future never complete, leaving the caller waiting for ever.
  private func requireOpen() throws {
    guard connection.isClosed else { return }
    throw PostgresLogError(
      .lostConnection,
      "the connection to the PostgreSQL server at \(settings.endpoint) was lost; "
        + "what was not committed was not written")
  }
}
