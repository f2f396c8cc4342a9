import Foundation
import KamBookPostgres
import KamEventLog
import KamTime

/// The server the PostgreSQL tests run against: `KAM_TEST_POSTGRES_URL`, a
/// superuser's URL (`.ci/run` starts one with tools/postgres-test-server).
enum PostgresTestServer {
  /// The URL, when set.
  static let url = ProcessInfo.processInfo.environment["KAM_TEST_POSTGRES_URL"]

  /// Why the tests cannot run, or nil when they can: checked once, printed once.
  static let unavailableReason: String? = {
    let reason: String?
    if let url {
      do {
        try PostgresEventLog.ping(try PostgresSettings(url: url))
        reason = nil
      } catch {
        reason = "the server of KAM_TEST_POSTGRES_URL cannot be used: \(error)"
      }
    } else {
      reason =
        "KAM_TEST_POSTGRES_URL is not set (tools/postgres-test-server start, then "
        + "export KAM_TEST_POSTGRES_URL=$(tools/postgres-test-server url))"
    }
    if let reason { print("◇ PostgreSQL tests skipped: \(reason)") }
    return reason
  }()

  /// True when the server can be used; the suites' `.enabled(if:)`.
  static var available: Bool { unavailableReason == nil }

  /// The settings of the URL with another role and password.
  static func settings(user: String, password: String?) throws -> PostgresSettings {
    let admin = try PostgresSettings(url: url ?? "")
    let login = password.map { "\(user):\($0)" } ?? user
    return try PostgresSettings(
      url: "postgres://\(login)@\(admin.host):\(admin.port)/\(admin.database)",
      environment: [:])
  }
}

/// A book of its own for one test: a fresh schema, dropped when the value goes.
final class PostgresTestBook {
  let schema: String
  let log: PostgresEventLog

  init(upcaster: (any EventUpcaster)? = nil) throws {
    schema = "kam_test_" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    log = try PostgresEventLog(
      url: PostgresTestServer.url ?? "", schema: schema, create: true, upcaster: upcaster)
  }

  /// Runs SQL as the superuser, in the book's schema.
  func execute(_ sql: String) throws {
    try log.withSession { session in try session.execute(sql) }
  }

  /// Another log on the same book, for a second writer or reader.
  func open() throws -> PostgresEventLog {
    try PostgresEventLog(url: PostgresTestServer.url ?? "", schema: schema)
  }

  deinit {
    try? log.withSession { session in try session.execute("DROP SCHEMA \(schema) CASCADE") }
    log.close()
  }
}

/// Events for the tests.
enum Sample {
  static func event(
    _ stream: String, _ n: Int, id: String? = nil, expected: ExpectedVersion = .any,
    correlation: String? = nil
  ) -> NewEvent {
    NewEvent(
      id: EventID(rawValue: id ?? "\(stream)-\(n)-\(UInt32.random(in: 0...UInt32.max))"),
      stream: StreamID(rawValue: stream), type: "sale-recorded", typeVersion: 1,
      occurredAt: Instant(millisecondsSinceEpoch: 1_700_000_000_000 + Int64(n) * 1_000),
      payload: Array(#"{"n":\#(n),"note":"ünïcode ✓"}"#.utf8), expectedVersion: expected,
      correlationID: correlation)
  }

  static func context(at ms: Int64 = 1_750_000_000_000, actor: String = "tester")
    -> AppendContext
  {
    AppendContext(
      actor: actor, commandID: .random(), recordedAt: Instant(millisecondsSinceEpoch: ms))
  }
}
