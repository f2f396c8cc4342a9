import KamBookPostgres
import KamBookSQLite
import KamEventLog
import KamTestSupport
import KamTime
import Testing

// Skipped, with the reason printed, when no server is set or reachable.
@Suite(
  "PostgresEventLog.verify",
  .enabled(if: PostgresTestServer.available, "no PostgreSQL test server (see the printed reason)"))
struct PostgresVerifyTests {
  /// The same appends on both backends: a retry, two streams, a clock set back.
  static func appendSameEvents(to append: ([NewEvent], AppendContext) throws -> AppendResult)
    throws
  {
    _ = try append(
      [Sample.event("acme", 1, id: "a1", correlation: "c"), Sample.event("acme", 2, id: "a2")],
      AppendContext(
        actor: "ann", commandID: "c1", recordedAt: Instant(millisecondsSinceEpoch: 5_000)))
    _ = try append(
      [Sample.event("globex", 3, id: "g1"), Sample.event("acme", 2, id: "a2")],
      AppendContext(
        actor: "bob", commandID: "c2", recordedAt: Instant(millisecondsSinceEpoch: 4_000)))
    _ = try append(
      [Sample.event("acme", 4, id: "a3", expected: .exact(2))],
      AppendContext(
        actor: "ann", commandID: "c3", recordedAt: Instant(millisecondsSinceEpoch: 6_000)))
  }

  @Test func theReportAndHashesAreSQLitesForTheSameEvents() throws {
    let book = try PostgresTestBook()
    let folder = TemporaryDirectory()
    let sqlite = try SQLiteEventLog(path: folder.file("book.sqlite"), create: true)
    try Self.appendSameEvents(to: book.log.append)
    try Self.appendSameEvents(to: sqlite.append)
    var fromPostgres: [StoredEvent] = []
    var fromSQLite: [StoredEvent] = []
    try book.log.forEachEvent(after: .zero, limit: nil) { fromPostgres.append($0) }
    try sqlite.forEachEvent(after: .zero, limit: nil) { fromSQLite.append($0) }
    #expect(fromPostgres.count == 4)
    #expect(fromPostgres == fromSQLite)
    let report = try book.log.verify()
    #expect(report.ok)
    #expect(report == (try sqlite.verify()))
    for ms: Int64 in [0, 4_000, 4_500, 5_000, 6_000] {
      let instant = Instant(millisecondsSinceEpoch: ms)
      #expect(
        try book.log.lastSequence(recordedBy: instant) == sqlite.lastSequence(recordedBy: instant))
    }
  }

  @Test func aTamperedRowIsFound() throws {
    let book = try PostgresTestBook()
    for n in 1...5 { try book.log.append([Sample.event("acme", n)], context: Sample.context()) }
    let before = try book.log.verify()
    #expect(before.ok && before.events == 5)
    // As a superuser who first turns the log's triggers off.
    try book.execute(
      """
      ALTER TABLE events DISABLE TRIGGER USER;
      UPDATE events SET payload = '{"n":999}' WHERE seq = 3;
      ALTER TABLE events ENABLE TRIGGER USER;
      """)
    let report = try book.log.verify()
    #expect(report.firstBadSeq == 3)
    #expect(report.problem == "the hash of event 3 does not match its contents and predecessor")
    #expect(report.head == before.head)
  }

  @Test func eventsDeletedFromTheEndAreFoundByTheStoredHead() throws {
    let book = try PostgresTestBook()
    for n in 1...4 { try book.log.append([Sample.event("acme", n)], context: Sample.context()) }
    try book.execute(
      """
      ALTER TABLE events DISABLE TRIGGER USER;
      DELETE FROM events WHERE seq > 2;
      ALTER TABLE events ENABLE TRIGGER USER;
      """)
    let report = try book.log.verify()
    #expect(report.firstBadSeq == 3)
    #expect(
      report.problem
        == "the log ends at seq 2 but the stored head of the chain is at event 4: "
        + "events 3…4 are missing")
  }

  @Test func anExpectedHeadThatIsGoneIsNamed() throws {
    let book = try PostgresTestBook()
    for n in 1...3 { try book.log.append([Sample.event("acme", n)], context: Sample.context()) }
    let head = try #require(try book.log.verify().head)
    #expect(try book.log.verify(expecting: head, watermarks: []).ok)
    let forged = ChainHead(seq: head.seq, hash: [UInt8](repeating: 7, count: 32))
    #expect(try book.log.verify(expecting: forged, watermarks: []).firstBadSeq == head.seq)
  }
}
