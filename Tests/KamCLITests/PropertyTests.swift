import Foundation
import KamBook
import KamBookSQLite
import KamCLI
import KamDomain
import KamEventLog
import KamSQLite
import KamTestSupport
import KamTime
import Testing

/// A random book (``RandomBook``) in a SQLite file the CLI can run on.
struct RandomCLIBook {
  let harness = Harness()
  /// When each command was recorded.
  let recorded: [Instant]

  init(seed: UInt64, commands: Int, clockSetBack: Bool = false) throws {
    let path = harness.book
    // Not kept: the book's connection closes, and the file alone is the whole book.
    recorded = try RandomBook(seed: seed, commands: commands, clockSetBack: clockSetBack) {
      try Book.create(path: path, currency: .pln, context: $0).book
    }.recorded
  }

  /// A copy of the book holding only the events recorded by `instant`, with
  /// its projections rebuilt.
  func truncatedCopy(at instant: Instant) throws -> Harness {
    let copy = Harness()
    try FileManager.default.copyItem(atPath: harness.book, toPath: copy.book)
    let db = try Database(path: copy.book)
    try db.execute("DROP TRIGGER events_refuse_delete")
    try db.execute("DELETE FROM events WHERE recorded_at > ?", [instant.millisecondsSinceEpoch])
    // Forced: the log's stored head (and, with a clock set back, the chain)
    // rightly calls a log cut behind kam's back damaged.
    #expect(copy.run("rebuild", "--force").status == 0)
    return copy
  }
}

/// Book-level properties, on every store, are in KamBookTests (BookPropertyTests).
@Suite("Properties of replay through the command line")
struct PropertyTests {
  static let queries: [[String]] = [
    ["clients", "-O", "json"], ["value", "-O", "json"], ["key-accounts", "-O", "json"],
    ["transitions", "-O", "json"], ["events", "-O", "json"],
    ["stage", "acme", "--history", "-O", "json"],
    ["policy", "show", "-O", "json"], ["clients", "--as-of", "2025-06-30", "-O", "json"],
    ["show", "acme", "-O", "json"], ["explain", "beta", "--as-of", "2025-09-30", "-O", "json"],
    ["risk", "--all", "-O", "json"],
  ]

  @Test(
    "a query --known-at K equals the same query on the book truncated to K",
    arguments: [1, 2, 3] as [UInt64])
  func knownAtEqualsTruncation(seed: UInt64) throws {
    // Seed 3's clock is set back now and then: some instants are not a prefix of the log.
    let book = try RandomCLIBook(seed: seed, commands: 60, clockSetBack: seed == 3)
    var random = SplitMix64(seed: seed &* 7)
    for _ in 0..<3 {
      let k = book.recorded[Int(random.next() % UInt64(book.recorded.count))]
      let copy = try book.truncatedCopy(at: k)
      for query in Self.queries {
        let full = book.harness.run(query + ["--known-at", k.description])
        let truncated = copy.run(query)
        #expect(full.status == 0, "\(query): \(full.err)")
        // `explain` names the instant it was asked about; the copy was asked about now.
        let named = #/"knownAt":"[^"]*"/#
        #expect(
          full.out.replacing(named, with: #""knownAt":null"#) == truncated.out,
          "\(query) --known-at \(k)")
      }
    }
  }
}
