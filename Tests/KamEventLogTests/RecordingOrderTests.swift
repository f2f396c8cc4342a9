import KamBookSQLite
import KamEventLog
import KamSQLite
import KamTestSupport
import KamTime
import Testing

@Suite("System time against the log's order")
struct RecordingOrderTests {
  static func at(_ seconds: Int64) -> AppendContext {
    AppendContext(
      actor: "tester", commandID: CommandID(rawValue: "c\(seconds)"),
      recordedAt: Instant(millisecondsSinceEpoch: 1_700_000_000_000 + seconds * 1000))
  }

  static func instant(_ seconds: Int64) -> Instant {
    Instant(millisecondsSinceEpoch: 1_700_000_000_000 + seconds * 1000)
  }

  @Test("given events recorded in order, then the events recorded by any instant are a prefix")
  func inOrder() throws {
    let fixture = try LogFixture()
    for (n, second) in [10, 20, 20, 30].enumerated() {
      try fixture.log.append([LogFixture.event("a", n)], context: Self.at(Int64(second)))
    }
    let expected: [(Int64, Int64)] = [(5, 0), (10, 1), (19, 1), (20, 3), (29, 3), (30, 4), (99, 4)]
    for (second, seq) in expected {
      #expect(
        try fixture.log.lastSequence(recordedBy: Self.instant(second)) == .init(rawValue: seq))
    }
  }

  @Test(
    "given a clock set back, then the instants between the two events are not a prefix, and the others are"
  )
  func clockSetBack() throws {
    let fixture = try LogFixture()
    // Recorded at 10, 30, then 20 (the clock went back), then 40.
    for (n, second) in [10, 30, 20, 40].enumerated() {
      try fixture.log.append([LogFixture.event("a", n)], context: Self.at(Int64(second)))
    }
    let cases: [(Int64, Int64?)] = [
      (5, 0), (10, 1), (19, 1), (20, nil), (29, nil), (30, 3), (39, 3), (40, 4),
    ]
    for (second, seq) in cases {
      #expect(
        try fixture.log.lastSequence(recordedBy: Self.instant(second))
          == seq.map(SequenceNumber.init(rawValue:)), "at \(second)")
    }
  }

  @Test("given a log written before the order was kept, then opening it finds its disorder")
  func migration() throws {
    let folder = TemporaryDirectory()
    let path = folder.file("old.sqlite")
    let first = Array(LogSchema.migrations.prefix(1))
    _ = try SQLiteEventLog(path: path, create: true, migrations: first)
    // Rows as an older kam wrote them (the hash chain does not matter here).
    let db = try Database(path: path)
    for (n, second) in [10, 30, 20].enumerated() {
      try db.execute(
        """
        INSERT INTO events (seq, event_id, stream, stream_version, type, type_version,
          occurred_at, recorded_at, actor, command_id, payload, hash)
        VALUES (?, ?, 'a', ?, 'thing-happened', 1, 0, ?, 'tester', 'c', '{}', x'00')
        """,
        [Int64(n + 1), "e\(n)", Int64(n + 1), Self.instant(Int64(second)).millisecondsSinceEpoch])
    }
    let log = try SQLiteEventLog(path: path)
    #expect(try log.lastSequence(recordedBy: Self.instant(25)) == nil)
    #expect(try log.lastSequence(recordedBy: Self.instant(30)) == 3)
    // Appends after the upgrade keep the list.
    try log.append([LogFixture.event("a", 4)], context: Self.at(15))
    #expect(try log.lastSequence(recordedBy: Self.instant(17)) == nil)
    #expect(try log.lastSequence(recordedBy: Self.instant(12)) == 1)
    #expect(try log.lastSequence(recordedBy: Self.instant(30)) == 4)
  }
}
