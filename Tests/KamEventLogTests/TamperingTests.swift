import KamBookSQLite
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

@Suite("kam verify finds what the chain alone cannot")
struct TailTamperingTests {
  func filled() throws -> LogFixture {
    let fixture = try LogFixture()
    try fixture.log.append((1...5).map { LogFixture.event("a", $0) }, context: LogFixture.context)
    return fixture
  }

  func tamper(_ fixture: LogFixture, _ sql: String) throws {
    try fixture.log.queue.access { db in
      try db.execute("DROP TRIGGER events_refuse_update; DROP TRIGGER events_refuse_delete")
      try db.execute(sql)
    }
  }

  @Test("deleting the newest events is found by the stored head of the chain")
  func tailDeleted() throws {
    let fixture = try filled()
    try tamper(fixture, "DELETE FROM events WHERE seq > 3")
    let report = try fixture.log.verify()
    #expect(report.firstBadSeq == 4)
    #expect(
      report.problem
        == "the log ends at seq 3 but the stored head of the chain is at event 5: events 4…5 are missing"
    )
  }

  @Test("deleting the first event is damage at seq 1")
  func firstDeleted() throws {
    let fixture = try filled()
    try tamper(fixture, "DELETE FROM events WHERE seq = 1")
    let report = try fixture.log.verify()
    #expect(report.firstBadSeq == 1)
    #expect(report.problem == "sequence jumps from 0 to 2: event 1 is missing")
  }

  @Test("a watermark past the end names the record and the missing events")
  func watermark() throws {
    let fixture = try filled()
    try tamper(fixture, "DELETE FROM events WHERE seq = 5; UPDATE log_head SET seq = 4")
    let report = try fixture.log.verify(
      expecting: nil, watermarks: [LogWatermark(seq: 7, claim: "projection p has read up to")])
    #expect(report.firstBadSeq == 5)
    #expect(
      report.problem
        == "the log ends at seq 4 but projection p has read up to 7: events 5…7 are missing")
  }

  @Test("events added behind kam's back, chain and all, pass the chain but not the stored head")
  func appendedBehind() throws {
    let fixture = try filled()
    let other = try SQLiteEventLog(path: fixture.path)
    try other.append([LogFixture.event("a", 6)], context: LogFixture.context)
    try fixture.log.queue.access {
      try $0.execute("UPDATE log_head SET seq = 5, hash = (SELECT hash FROM events WHERE seq = 5)")
    }
    let report = try fixture.log.verify()
    #expect(report.firstBadSeq == 6)
  }

  /// Rewrites event 2's payload and recomputes the chain from there, as anyone
  /// with the public recipe can; the stored head too.
  func rewriteRecomputing(_ fixture: LogFixture) throws {
    let events = try fixture.all()
    try tamper(fixture, "DELETE FROM events WHERE seq >= 2")
    var previous = events[0].hash
    try fixture.log.queue.access { db in
      for var event in events.dropFirst() {
        if event.seq == 2 { event.payload = Array(#"{"n":99}"#.utf8) }
        let hash = event.payload.withUnsafeBytes {
          HashChain.hash(
            previous: previous, seq: event.seq.rawValue, id: event.id.rawValue,
            stream: event.stream.rawValue, streamVersion: event.streamVersion, type: event.type,
            typeVersion: Int64(event.typeVersion),
            occurredAt: event.occurredAt.millisecondsSinceEpoch,
            recordedAt: event.recordedAt.millisecondsSinceEpoch, actor: event.actor,
            commandID: event.commandID.rawValue, correlationID: event.correlationID,
            causationID: event.causationID, payload: $0)
        }
        try db.execute(
          """
          INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)
          """,
          [
            event.seq.rawValue, event.id.rawValue, event.stream.rawValue, event.streamVersion,
            event.type, Int64(event.typeVersion), event.occurredAt.millisecondsSinceEpoch,
            event.recordedAt.millisecondsSinceEpoch, event.actor, event.commandID.rawValue,
            String(decoding: event.payload, as: UTF8.self), Blob(hash),
          ])
        previous = hash
      }
      try db.execute("UPDATE log_head SET hash = ?", [Blob(previous)])
    }
  }

  @Test("an edit with the chain recomputed passes, but not against a head kept elsewhere")
  func expectedHead() throws {
    let fixture = try filled()
    let kept = try #require(try fixture.log.verify().head)
    #expect(kept.seq == 5)
    try rewriteRecomputing(fixture)
    #expect(try fixture.log.verify().ok)
    let report = try fixture.log.verify(expecting: kept, watermarks: [])
    #expect(report.firstBadSeq == 5)
    #expect(report.problem?.hasPrefix("event 5 has hash ") == true)
    #expect(
      report.problem?.hasSuffix("the log was changed at or before event 5 and its chain recomputed")
        == true)
  }

  @Test("an expected head is met by a log that grew past it, and missed by one cut short")
  func expectedHeadGrowth() throws {
    let fixture = try filled()
    let kept = try #require(try fixture.log.verify().head)
    #expect(ChainHead(kept.description) == kept)
    try fixture.log.append([LogFixture.event("a", 6)], context: LogFixture.context)
    #expect(try fixture.log.verify(expecting: kept, watermarks: []).ok)
    let later = ChainHead(seq: 9, hash: kept.hash)
    let report = try fixture.log.verify(expecting: later, watermarks: [])
    #expect(report.firstBadSeq == 7)
    #expect(
      report.problem
        == "the log ends at seq 6 but the expected head is event 9: events 7…9 are missing")
  }

  @Test(
    "heads written wrong are not read",
    arguments: [
      "", "5", "5:", "0:" + String(repeating: "a", count: 64),
      "5:" + String(repeating: "g", count: 64), "5:abc", "x:" + String(repeating: "a", count: 64),
    ])
  func headParsing(text: String) {
    #expect(ChainHead(text) == nil)
  }

  @Test(
    "a fold that checks the chain as it reads names the first bad event",
    arguments: [
      ("UPDATE events SET payload = '{\"n\":99}' WHERE seq = 3", 3 as Int64),
      ("DELETE FROM events WHERE seq = 1", 1),
      ("DELETE FROM events WHERE seq = 4", 4),
      ("UPDATE events SET correlation_id = 'x' WHERE seq = 2", 2),
    ])
  func foldChecks(sql: String, firstBad: Int64) throws {
    let fixture = try filled()
    var sound = ChainCheck()
    var seen = 0
    try fixture.log.forEachEventToFold(after: .zero, limit: nil, checking: &sound) { _ in seen += 1
    }
    #expect(sound.failure == nil)
    #expect(seen == 5)
    try tamper(fixture, sql)
    var chain = ChainCheck()
    try fixture.log.forEachEventToFold(after: .zero, limit: 2, checking: &chain) { _ in }
    if chain.failure == nil {
      try fixture.log.forEachEventToFold(after: chain.checkedThrough, limit: nil, checking: &chain)
      { _ in }
    }
    #expect(chain.failure?.seq.rawValue == firstBad)
    #expect(try fixture.log.verify().firstBadSeq?.rawValue == firstBad)
  }
}
