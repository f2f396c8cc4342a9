import Foundation
import KamSQLite
import Testing

/// One command of each error family, and the line and status a user gets for it
/// (README, "Exit status"). Full disks (74) are in DiskFullTests, damaged tables (65) in
/// DamagedBookTests and a busy book (75) in ConcurrencyTests.
@Suite("Exit statuses, one per error family")
struct ExitStatusTests {
  /// A book with one client and one sale.
  static func book() -> Harness {
    let harness = Harness.withClient()
    harness.run("log", "sale", "acme", "--amount", "10")
    return harness
  }

  @Test("a bad command line is 64, with the parser's line")
  func usage() {
    let result = Self.book().run("log", "sale", "acme")
    #expect(result.status == 64)
    #expect(result.err == "kam: Missing expected argument '--amount <amount>'\n")
  }

  @Test("bad input is 65, naming the file")
  func dataError() throws {
    let harness = Self.book()
    let path = try harness.write("bad.json", "not json")
    let result = harness.run("policy", "set", path)
    #expect(result.status == 65)
    #expect(
      result.err == "kam: \(path): not a flat JSON object of policy members (see docs/policy.md)\n")
  }

  @Test("a PostgreSQL server that is down is 74, naming host and port, never the password")
  func serverDown() {
    let result = Harness().run("status", "--db", "postgres://anna:s3cret@127.0.0.1:1/kam")
    #expect(result.status == 74)
    #expect(result.err.hasPrefix("kam: ") && result.err.contains("127.0.0.1:1"))
    #expect(result.err.split(separator: "\n").count == 1)
    #expect(!result.err.contains("s3cret"))
  }

  @Test("no book is 66, saying how to make one")
  func noInput() {
    let harness = Harness()
    let result = harness.run("status")
    #expect(result.status == 66)
    #expect(result.err == "kam: no book at \(harness.book); create one with `kam init`\n")
  }

  @Test("a book that cannot be created is 73, with the reason")
  func cannotCreate() {
    let result = Harness().run("init", "--db", "/nonexistent-kam-folder/book.sqlite")
    #expect(result.status == 73)
    #expect(
      result.err
        == "kam: cannot create the book /nonexistent-kam-folder/book.sqlite: No such file or directory\n"
    )
  }

  @Test("a log that fails its check is 1")
  func checkFailed() throws {
    let harness = Self.book()
    try Database(path: harness.book).execute(
      """
      DROP TRIGGER events_refuse_update;
      UPDATE events SET payload = replace(payload, '1000', '9000') WHERE type = 'sale-recorded';
      """)
    let result = harness.run("verify")
    #expect(result.status == 1)
    #expect(result.err.hasPrefix("kam: the log is damaged"))
    #expect(result.err.split(separator: "\n").count == 1)
  }

  @Test(
    "what no layer expected is 70, 'this is a bug' with the detail, and nothing is half-written"
  )
  func software() throws {
    let harness = Self.book()
    let before = try harness.eventCount()
    // A trigger kam never made: the projection's write fails as nothing in kam foresees.
    try Database(path: harness.book).execute(
      """
      CREATE TRIGGER boom BEFORE UPDATE ON client_snapshots BEGIN SELECT RAISE(ABORT, 'boom'); END;
      CREATE TRIGGER boom2 BEFORE INSERT ON client_snapshots BEGIN SELECT RAISE(ABORT, 'boom'); END;
      """)
    let result = harness.run("log", "sale", "acme", "--amount", "10")
    #expect(result.status == 70)
    #expect(result.err == "kam: this is a bug: SQLite error 1811: boom\n")
    #expect(try harness.eventCount() == before)
  }
}
