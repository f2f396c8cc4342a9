import KamBookSQLite
import KamEventLog
import KamSQLite
import KamTime
import Testing

@Suite("The database refuses every insert that is not a new last event")
struct AppendGuardTests {
  func filled() throws -> LogFixture {
    let fixture = try LogFixture()
    try fixture.log.append((1...5).map { LogFixture.event("a", $0) }, context: LogFixture.context)
    return fixture
  }

  /// Columns of a new row copied from event 5, with the given seq, id and version.
  static func row(_ verb: String, seq: String, id: String, version: String) -> String {
    """
    \(verb) INTO events SELECT \(seq), \(id), stream, \(version), type, type_version,
      occurred_at, recorded_at, actor, command_id, NULL, NULL, '{"forged":1}', hash
    FROM events WHERE seq = 5
    """
  }

  @Test(
    "INSERT OR REPLACE and upserts cannot rewrite a stored event",
    arguments: [
      ("replace seq 2", row("INSERT OR REPLACE", seq: "2", id: "'new'", version: "6")),
      ("replace seq 5", row("REPLACE", seq: "5", id: "'new'", version: "6")),
      ("replace by stream version", row("INSERT OR REPLACE", seq: "6", id: "'new'", version: "2")),
      ("a seq past the end", row("INSERT", seq: "8", id: "'new'", version: "6")),
      ("no seq given", row("INSERT OR REPLACE", seq: "NULL", id: "'new'", version: "6")),
      (
        "upsert on seq",
        row("INSERT", seq: "3", id: "'new'", version: "6")
          + " ON CONFLICT (seq) DO UPDATE SET payload = excluded.payload"
      ),
    ])
  func refused(name: String, sql: String) throws {
    let fixture = try filled()
    let before = try fixture.all()
    let error = #expect(throws: DatabaseError.self, "\(name)") {
      try fixture.log.queue.access { try $0.execute(sql) }
    }
    #expect(error?.message.contains("append-only") == true, "\(name)")
    #expect(try fixture.all() == before)
    #expect(try fixture.log.verify().ok)
  }

  @Test("a row with a stored event id is ignored, as a retried append is: the stored one stands")
  func storedIDIgnored() throws {
    let fixture = try filled()
    let before = try fixture.all()
    let id = before[1].id.rawValue
    try fixture.log.queue.access {
      try $0.execute(Self.row("INSERT OR REPLACE", seq: "6", id: "'\(id)'", version: "6"))
      try $0.execute(Self.row("REPLACE", seq: "2", id: "'\(id)'", version: "2"))
    }
    #expect(try fixture.all() == before)
    #expect(try fixture.log.verify().ok)
  }

  @Test("retried appends still return the stored event, with any expected version")
  func retriesStillWork() throws {
    let fixture = try filled()
    let event = LogFixture.event("b", 1, expected: .any)
    let first = try fixture.log.append([event], context: LogFixture.context)
    let again = try fixture.log.append([event], context: LogFixture.context)
    #expect(again.duplicates == 1)
    #expect(again.events == first.events)
    #expect(try fixture.log.lastSequence() == 6)
    #expect(try fixture.log.verify().ok)
  }
}
