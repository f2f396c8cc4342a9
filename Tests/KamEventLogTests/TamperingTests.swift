import KamEventLog
import KamSQLite
import KamTime
import Testing

@Suite("The log refuses edits and detects tampering")
struct TamperingTests {
  func filled() throws -> LogFixture {
    let fixture = try LogFixture()
    try fixture.log.append((1...5).map { LogFixture.event("a", $0) }, context: LogFixture.context)
    return fixture
  }

  @Test(
    "UPDATE and DELETE on the log are refused by the database",
    arguments: [
      "UPDATE events SET payload = '{}' WHERE seq = 2", "DELETE FROM events WHERE seq = 5",
    ])
  func triggersRefuse(sql: String) throws {
    let fixture = try filled()
    let error = #expect(throws: DatabaseError.self) {
      try fixture.log.queue.access { try $0.execute(sql) }
    }
    #expect(error?.message.contains("append-only") == true)
    #expect(try fixture.log.verify().ok)
  }

  /// Edits made behind kam's back, as someone with the sqlite3 shell would.
  static let tamperings: [(String, String, Int64)] = [
    ("edited payload", "UPDATE events SET payload = '{\"n\":99}' WHERE seq = 3", 3),
    ("edited time", "UPDATE events SET occurred_at = occurred_at - 1 WHERE seq = 2", 2),
    ("deleted middle", "DELETE FROM events WHERE seq = 3", 3),
    ("deleted last then re-added", "UPDATE events SET seq = 9 WHERE seq = 5", 5),
    (
      "inserted row",
      "INSERT INTO events SELECT 6, 'x', stream, 6, type, type_version, occurred_at, recorded_at, actor, command_id, NULL, NULL, payload, hash FROM events WHERE seq = 5",
      6
    ),
    ("version gap", "UPDATE events SET stream_version = 7 WHERE seq = 4", 4),
  ]

  @Test(
    "kam verify checks the list of events recorded out of order, which the chain does not cover",
    arguments: [
      ("row deleted", "DELETE FROM events_out_of_order", 3 as Int64),
      ("row invented", "INSERT INTO events_out_of_order VALUES (2, 0, 1)", 2),
      ("row altered", "UPDATE events_out_of_order SET latest_before = latest_before + 1", 3),
    ])
  func verifyChecksRecordingOrder(name: String, sql: String, firstBad: Int64) throws {
    let fixture = try LogFixture()
    for (n, seconds) in [10, 30, 20, 40].enumerated() {
      let context = AppendContext(
        actor: "tester", commandID: "c",
        recordedAt: LogFixture.context.recordedAt.advanced(byMilliseconds: Int64(seconds) * 1000))
      try fixture.log.append([LogFixture.event("a", n)], context: context)
    }
    #expect(try fixture.log.verify().ok)
    try fixture.log.queue.access { try $0.execute(sql) }
    let report = try fixture.log.verify()
    #expect(report.firstBadSeq?.rawValue == firstBad, "\(name): \(report.problem ?? "")")
  }

  @Test("kam verify names the first bad event", arguments: tamperings)
  func verifyFindsTampering(name: String, sql: String, firstBad: Int64) throws {
    let fixture = try filled()
    try fixture.log.queue.access { db in
      try db.execute("DROP TRIGGER events_refuse_update; DROP TRIGGER events_refuse_delete")
      try db.execute(sql)
    }
    let report = try fixture.log.verify()
    #expect(report.ok == false, "\(name)")
    #expect(report.firstBadSeq?.rawValue == firstBad, "\(name): \(report.problem ?? "")")
  }
}
