import KamBookPostgres
import PostgresNIO
import Testing

// Skipped, with the reason printed, when no server is set or reachable.
@Suite(
  "PostgreSQL over TLS, as sslmode says",
  .enabled(if: PostgresTestServer.available, "no PostgreSQL test server (see the printed reason)"))
struct PostgresTLSTests {
  /// Whether the test server offers TLS (tools/postgres-test-server does when openssl is there).
  static func serverOffersTLS(_ book: PostgresTestBook) throws -> Bool {
    try book.log.withSession { session in
      try session.query("SHOW ssl").first?.decode(String.self) == "on"
    }
  }

  /// Whether the session's own connection is encrypted, as the server sees it.
  static func encrypted(_ settings: PostgresSettings, _ book: PostgresTestBook) throws -> Bool {
    let log = try PostgresEventLog(settings: settings, schema: book.schema)
    defer { log.close() }
    return try log.withSession { session in
      try session.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").first?
        .decode(Bool.self) == true
    }
  }

  static func settings(_ mode: String) throws -> PostgresSettings {
    try PostgresSettings(url: (PostgresTestServer.url ?? "") + "?sslmode=" + mode, environment: [:])
  }

  @Test func requireEncryptsAndDisableDoesNot() throws {
    let book = try PostgresTestBook()
    let offered = try Self.serverOffersTLS(book)
    #expect(try Self.encrypted(try Self.settings("disable"), book) == false)
    #expect(try Self.encrypted(try Self.settings("prefer"), book) == offered)
    if offered {
      #expect(try Self.encrypted(try Self.settings("require"), book))
    } else {
      #expect { try Self.encrypted(try Self.settings("require"), book) } throws: {
        ($0 as? PostgresLogError)?.code == .tls
      }
    }
  }

  @Test func verifyFullRefusesACertificateNobodyVouchesFor() throws {
    // The test server's certificate is self-signed: no root the system trusts signed it.
    guard try Self.serverOffersTLS(try PostgresTestBook()) else {
      print("◇ verify-full not checked: the test server offers no TLS")
      return
    }
    #expect { try PostgresEventLog.ping(try Self.settings("verify-full")) } throws: { error in
      let error = error as? PostgresLogError
      return error?.code == .tls && error?.message.contains("127.0.0.1") == true
    }
  }
}
