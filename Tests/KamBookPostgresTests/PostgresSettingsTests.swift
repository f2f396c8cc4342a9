import Foundation
import KamBookPostgres
import KamTestSupport
import Testing

/// No server needed: how a URL, the environment and a password file are read.
@Suite("PostgresSettings")
struct PostgresSettingsTests {
  @Test func aURLGivesEveryPart() throws {
    let settings = try PostgresSettings(
      url: "postgres://ann:p%40ss:w@db.example:6543/team?sslmode=require", environment: [:])
    #expect(settings.user == "ann")
    #expect(settings.host == "db.example")
    #expect(settings.port == 6543)
    #expect(settings.database == "team")
    #expect(settings.sslMode == .require)
    #expect(settings.description == "ann@db.example:6543/team")
    #expect(!String(describing: settings).contains("p@ss"))
  }

  @Test func aBookParameterNamesTheSchemaAndIsShown() throws {
    let settings = try PostgresSettings(
      url: "postgres://ann@db.example/team?book=north", environment: [:])
    #expect(settings.book == "north")
    #expect(settings.description == "ann@db.example:5432/team?book=north")
    #expect(
      try PostgresSettings(url: "postgres://ann@db.example/team", environment: [:]).book == nil)
  }

  @Test func whatTheURLLeavesOutComesFromTheEnvironment() throws {
    let settings = try PostgresSettings(
      url: "postgres://",
      environment: ["PGHOST": "/run/pg", "PGPORT": "5433", "PGUSER": "bob", "PGDATABASE": "b"])
    #expect(settings.isUnixSocket)
    #expect(settings.endpoint == "/run/pg/.s.PGSQL.5433")
    #expect(settings.user == "bob" && settings.database == "b")
    #expect(settings.sslMode == .prefer)
  }

  @Test(arguments: [
    "mysql://x", "postgres://h:99999/d", "postgres://h/d?sslmode=maybe", "postgres://h/d?color=red",
    "postgres://h%zz/d",
  ])
  func aBadURLIsOneClearError(url: String) {
    #expect { try PostgresSettings(url: url, environment: [:]) } throws: {
      ($0 as? PostgresLogError)?.code == .invalidURL
    }
  }

  @Test func thePasswordFileIsReadAsLibpqReadsIt() throws {
    let folder = TemporaryDirectory()
    let file = folder.file("pgpass")
    try "# comment\nother:*:*:*:nope\ndb.example:6543:*:ann:se\\:cret\\\\x\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    chmod(file, 0o600)
    let environment = ["PGPASSFILE": file]
    let url = "postgres://ann@db.example:6543/team"
    let settings = try PostgresSettings(url: url, environment: environment)
    #expect(
      settings
        == (try PostgresSettings(
          url: "postgres://ann:se:cret%5Cx@db.example:6543/team", environment: [:])))
    // A file others may read is ignored, as libpq ignores it.
    chmod(file, 0o644)
    #expect(try PostgresSettings(url: url, environment: environment) != settings)
  }
}
