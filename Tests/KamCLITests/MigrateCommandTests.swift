import Foundation
import KamTestSupport
import Testing

/// `kam migrate` through the real parser, between SQLite files (the PostgreSQL
/// side of the copy is covered by the Book tests' MigrationTests on every store).
@Suite("kam migrate")
struct MigrateCommandTests {
  /// A book of four events and its head, as `kam verify` prints it.
  static func book() -> (harness: Harness, head: String) {
    let harness = Harness.withClient()
    harness.run("log", "sale", "acme", "--amount", "100", "--on", "2026-11-01")
    harness.run("log", "sale", "acme", "--amount", "250.50", "--on", "2026-11-02")
    let verify = harness.run("verify", "-O", "csv").out.split(separator: "\n")[1]
    let fields = verify.split(separator: ",", omittingEmptySubsequences: false)
    return (harness, "\(fields[3]):\(fields[4])")
  }

  @Test(
    "given a book, when migrated into a new file, then it says what it copied and the shared head")
  func copiesIntoANewFile() throws {
    let (harness, head) = Self.book()
    let copy = harness.folder.file("copy.sqlite")

    let result = harness.run("migrate", "--from", harness.book, "--to", copy)

    #expect(result.status == 0, "\(result.err)")
    #expect(
      result.out == """
        Copied 4 of 4 events from \(harness.book) to \(copy).
        Verified: hash chain intact, head \(head).

        """)
    let views = ["clients", "-O", "json"]
    #expect(harness.run(views + ["--db", copy]).out == harness.run(views).out)
  }

  @Test("given a complete copy, when migrated again, then nothing is copied")
  func secondRunCopiesNothing() throws {
    let (harness, head) = Self.book()
    let copy = harness.folder.file("copy.sqlite")
    harness.run("migrate", "--from", harness.book, "--to", copy)

    let result = harness.run("migrate", "--from", harness.book, "--to", copy, "-O", "json")

    #expect(result.status == 0, "\(result.err)")
    let parts = head.split(separator: ":")
    #expect(
      result.out == """
        {"from":"\(harness.book)","to":"\(copy)","events":4,"copied":0,"headSeq":\(parts[0]),"headHash":"\(parts[1])"}

        """)
  }

  @Test(
    "given a target holding another book, when migrated into, then it is refused with 65 and left as it was"
  )
  func refusesAnotherBook() throws {
    let (harness, _) = Self.book()
    let other = Harness.withClient()
    let before = try other.eventCount()

    let result = harness.run("migrate", "--from", harness.book, "--to", other.book)

    #expect(result.status == 65)
    #expect(
      result.err.hasPrefix("kam: \(other.book) holds another log (2 events, event 2 differs from "))
    #expect(result.err.split(separator: "\n").count == 1)
    #expect(try other.eventCount() == before)
  }

  @Test(
    "meaningless or contradictory arguments are refused before any book is opened",
    arguments: [
      (
        ["--db", "x.sqlite"],
        "kam: --db means nothing to `kam migrate`: give the books as --from and --to"
      ),
      (
        ["--as-of", "2026-01-01"],
        "kam: --as-of means nothing to `kam migrate`: it works on the whole log as it stands"
      ),
    ])
  func refusesMeaninglessOptions(extra: [String], message: String) {
    let harness = Harness()
    let result = harness.run(["migrate", "--from", "a.sqlite", "--to", "b.sqlite"] + extra)
    #expect(result.status == 64)
    #expect(result.err.hasPrefix(message), "\(result.err)")
  }

  @Test("the same book on both sides is refused")
  func refusesTheSameBook() {
    let harness = Harness()
    let result = harness.run("migrate", "--from", harness.book, "--to", harness.book)
    #expect(result.status == 64)
    #expect(result.err.contains("--from and --to name the same book"))
  }

  @Test("given no source book, then it exits 66 and makes no target")
  func missingSource() {
    let harness = Harness()
    let copy = harness.folder.file("copy.sqlite")
    let result = harness.run("migrate", "--from", harness.folder.file("none.sqlite"), "--to", copy)
    #expect(result.status == 66, "\(result.err)")
    #expect(!FileManager.default.fileExists(atPath: copy))
  }
}
