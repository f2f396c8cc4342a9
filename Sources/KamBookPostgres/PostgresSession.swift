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

  init(connection: PostgresConnection, settings: PostgresSettings, logger: Logger) {
    self.connection = connection
    self.settings = settings
    self.logger = logger
  }

  /// Runs one statement (with bound parameters) and returns its rows.
  ///
  /// - Throws: ``PostgresError``.
  @discardableResult
  public func query(_ query: PostgresQuery) throws -> [PostgresRow] {
    do {
      return try connection.query(query, logger: logger).wait().rows
    } catch {
      throw PostgresError.wrap(error, settings)
    }
  }

  /// Sends several statements at once and waits for them all: one round trip
  /// instead of one each. They run in order; after the first failure the
  /// rest fail too, and that first failure is thrown.
  ///
  /// - Throws: ``PostgresError``.
  @discardableResult
  public func pipeline(_ queries: [PostgresQuery]) throws -> [[PostgresRow]] {
    let futures = queries.map { connection.query($0, logger: logger) }
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
    if let failure { throw PostgresError.wrap(failure, settings) }
    return results
  }

  /// Runs SQL text that may hold several statements (a schema file), with no
  /// parameters, in order, in one round trip; each commits on its own unless a
  /// transaction is open.
  ///
  /// - Throws: ``PostgresError``.
  public func execute(_ sql: String) throws {
    try pipeline(SQLScript.statements(sql).map { PostgresQuery(unsafeSQL: $0) })
  }
}
