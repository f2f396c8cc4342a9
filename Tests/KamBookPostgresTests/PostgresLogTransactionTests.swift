import KamBookPostgres
import KamBookSQLite
import KamEventLog
import KamTestSupport
import KamTime
import Testing

// Skipped, with the reason printed, when no server is set or reachable.
@Suite(
  "PostgresLogTransaction answers as SQLiteLogTransaction does",
  .enabled(if: PostgresTestServer.available, "no PostgreSQL test server (see the printed reason)"))
struct PostgresLogTransactionTests {
  /// What a book asks of a log transaction, asked of one.
  static func answers(_ log: any EventLogTransaction) throws -> [String] {
    var lines: [String] = []
    let filter = EventFilter(
      stream: "acme", occurredFrom: Instant(millisecondsSinceEpoch: 1_700_000_001_000),
      recordedBy: Instant(millisecondsSinceEpoch: 5_500))
    try log.forEachEvent(matching: filter, fold: false) { lines.append("filter \($0.seq)") }
    try log.forEachEvent(matching: EventFilter(after: 1, before: 4), fold: true) {
      lines.append("range \($0.seq)")
    }
    var chain = ChainCheck()
    try log.forEachEventToFold(after: .zero, limit: 2, checking: &chain) {
      lines.append("checked \($0.seq)")
    }
    try log.forEachEventToFold(after: chain.checkedThrough, limit: 10, checking: &chain) {
      lines.append("checked \($0.seq)")
    }
    lines.append("chain \(chain.failure == nil) through \(chain.checkedThrough)")
    lines.append(
      "versions \(try log.streamVersion(of: "acme")) \(try log.streamVersion(of: "none"))")
    lines.append("command c2 \(try log.events(of: "c2").map(\.seq))")
    lines.append("last of ann \(String(describing: try log.lastCommand(of: "ann")))")
    lines.append("listed \(try log.listedOutOfOrder().map(\.seq))")
    lines.append("head \(String(describing: try log.recordedHead()))")
    lines.append("verify \(try log.verify(expecting: nil, watermarks: []))")
    return lines
  }

  @Test func theSameQuestionsGetTheSameAnswers() throws {
    let book = try PostgresTestBook()
    let folder = TemporaryDirectory()
    let sqlite = try SQLiteEventLog(path: folder.file("book.sqlite"), create: true)
    try PostgresVerifyTests.appendSameEvents(to: book.log.append)
    try PostgresVerifyTests.appendSameEvents(to: sqlite.append)
    let fromPostgres = try book.log.transaction { session in
      try Self.answers(PostgresLogTransaction(book.log, session))
    }
    let fromSQLite = try sqlite.transaction { db in
      try Self.answers(SQLiteLogTransaction(sqlite, db))
    }
    #expect(fromPostgres.count > 10)
    #expect(fromPostgres == fromSQLite)
  }
}
