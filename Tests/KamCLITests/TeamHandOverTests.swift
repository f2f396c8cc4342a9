import Foundation
import KamCLI
import KamTestSupport
import Testing

/// `kam` starts without the PostgreSQL store and hands a command line about a team book to
/// the `kam-team` beside it (README, "A team book on PostgreSQL").
@Suite("kam hands postgres:// books to kam-team")
struct TeamHandOverTests {
  @Test(
    "given a command line, then it names a team book when any argument or $KAM_DB holds a postgres:// URL",
    arguments: [
      (["status", "--db", "postgres://h/kam"], [:], true),
      (["status", "--db=POSTGRESQL://h/kam"], [:], true),
      (["migrate", "--from", "book.sqlite", "--to", "postgres://h/kam"], [:], true),
      (["status"], ["KAM_DB": "postgresql://h/kam"], true),
      (["status", "--db", "book.sqlite"], ["KAM_DB": "other.sqlite"], false),
      (["log", "sale", "acme", "--amount", "10", "--note", "postgres, not sqlite"], [:], false),
      (["status", "--db", "PostgreSQL:/h/kam"], [:], false),
      (["status", "--db", "postgresq://h/kam"], [:], false),
      (["status", "--db", "postgres:/"], [:], false),
      (["status", "--db", "ppostgres://h"], [:], true),
      (["status", "--db", "post"], [:], false),
    ] as [([String], [String: String], Bool)])
  func namesServer(arguments: [String], environment: [String: String], expected: Bool) {
    #expect(TeamHandOver.namesServer(arguments, environment: environment) == expected)
  }

  /// Runs an executable with these arguments and no environment but a day, an actor and
  /// `extra`.
  static func run(_ executable: String, _ arguments: [String], extra: [String: String] = [:])
    throws -> (status: Int32, err: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = [
      "KAM_TODAY": "2026-11-28", "KAM_ACTOR": "tester", "PATH": "/usr/bin:/bin",
    ].merging(extra) { _, new in new }
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, said)
  }

  @Test(
    "given the kam executable, when a command or $KAM_DB names a team book, then kam-team runs it: a server that is down is its 74, never the password"
  )
  func handsOver() throws {
    let server = "postgres://anna:s3cret@127.0.0.1:1/kam"
    for (arguments, extra) in [
      (["status", "--db", server], [:]), (["status"], ["KAM_DB": server]),
    ] as [([String], [String: String])] {
      let result = try Self.run(Harness.executable, arguments, extra: extra)
      #expect(result.status == 74, "\(result.err)")
      #expect(result.err.hasPrefix("kam: ") && result.err.contains("127.0.0.1:1"))
      #expect(!result.err.contains("s3cret"))
    }
  }

  @Test(
    "given a kam with no kam-team beside it, when a command names a team book, then it says so in one line with 66, and opens SQLite books all the same"
  )
  func withoutTeam() throws {
    let folder = TemporaryDirectory()
    let lone = folder.file("kam")
    try FileManager.default.copyItem(atPath: Harness.executable, toPath: lone)
    let result = try Self.run(lone, ["status", "--db", "postgres://anna:s3cret@127.0.0.1:1/kam"])
    #expect(result.status == 66)
    #expect(
      result.err
        == "kam: this kam opens SQLite books only; a postgres:// book is opened by kam-team, "
        + "which is not beside it (\(folder.path)/kam-team): build it with swift build -c "
        + "release --product kam-team, or install both with tools/install\n")
    let book = folder.file("book.sqlite")
    #expect(try Self.run(lone, ["init", "--db", book]).status == 0)
    #expect(try Self.run(lone, ["status", "--db", book]).status == 0)
  }
}
