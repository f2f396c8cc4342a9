import Foundation
import KamBook
import KamBookSQLite
import KamEventLog
import KamSQLite
import KamTestSupport
import KamTime
import Testing

@Suite("kam verify, status, events and rebuild")
struct BookCommandsTests {
  @Test("verify reports a sound log as JSON, with the head of the chain")
  func verifySound() throws {
    let harness = Harness.withClient()
    let result = harness.run("verify", "-O", "json")
    #expect(result.status == 0)
    #expect(
      result.out.hasPrefix(
        #"{"ok":true,"events":2,"firstBadSeq":null,"problem":null,"head":{"seq":2,"hash":""#))
    let hash = try #require(result.out.split(separator: "\"").dropLast().last)
    #expect(hash.count == 64)
    #expect(
      harness.run("verify").out
        == "OK: 2 events, hash chain intact.\nHead: 2:\(hash) (keep it elsewhere; "
        + "kam verify --expect-head 2:\(hash) checks it)\n")
  }

  @Test("verify exits 1 and names the first bad event after an edit behind kam's back")
  func verifyTampered() throws {
    let harness = Harness.withClient()
    harness.run("log", "sale", "acme", "--amount", "100")
    harness.run("log", "sale", "acme", "--amount", "200")
    let db = try Database(path: harness.book)
    try db.execute("DROP TRIGGER events_refuse_update")
    try db.execute("UPDATE events SET payload = replace(payload, '10000', '90000') WHERE seq = 3")
    let result = harness.run("verify", "-O", "json")
    #expect(result.status == 1)
    #expect(
      result.out.hasPrefix(
        #"{"ok":false,"events":3,"firstBadSeq":3,"problem":"the hash of event 3 does not match its contents and predecessor","head":{"seq":4,"hash":""#
      ))
    #expect(
      result.err
        == "kam: the log is damaged at event 3: the hash of event 3 does not match its contents and predecessor\n"
    )
  }

  @Test("status shows events, last sequence and each projection's checkpoint and lag")
  func status() {
    let harness = Harness.withClient()
    let result = harness.run("status", "-O", "json")
    #expect(result.status == 0)
    #expect(
      result.out
        == #"{"events":2,"lastSeq":2,"currency":"PLN","projections":[{"name":"client-directory","checkpoint":2,"lag":0,"failedSeq":null,"failure":null},{"name":"stage-timeline","checkpoint":2,"lag":0,"failedSeq":null,"failure":null},{"name":"client-value","checkpoint":2,"lag":0,"failedSeq":null,"failure":null},{"name":"client-snapshot","checkpoint":2,"lag":0,"failedSeq":null,"failure":null}]}"#
        + "\n")
  }

  @Test("an event a projection cannot read stops it there, named, never skipped")
  func projectionStops() throws {
    let harness = Harness.withClient()
    let log = try SQLiteEventLog(path: harness.book, migrations: BookSchema.migrations)
    try log.append(
      [
        NewEvent(
          stream: "acme", type: "sale-recorded", typeVersion: 2, occurredAt: .now,
          payload: Array("{\"client\":1}".utf8))
      ],
      context: AppendContext(actor: "intruder"))
    let result = harness.run("status", "-O", "json")
    #expect(result.status == 65)
    #expect(
      result.err
        == "kam: projection client-directory stopped at event 3: event 3 (sale-recorded): member \"client\" should be a string\n"
    )
    #expect(result.out.contains(#""checkpoint":2,"lag":1,"failedSeq":3"#))
  }

  @Test("a logging command catches lagging projections up in its own transaction")
  func loggingCatchesUp() throws {
    let harness = Harness.withClient()
    let log = try SQLiteEventLog(path: harness.book, migrations: BookSchema.migrations)
    try log.append(
      [
        NewEvent(
          stream: "acme", type: "sale-recorded", typeVersion: 2, occurredAt: .now,
          payload: Array(#"{"client":"acme","amount":5000,"cost":100}"#.utf8))
      ],
      context: AppendContext(actor: "elsewhere"))
    #expect(harness.run("log", "sale", "acme", "--amount", "7").status == 0)
    let probe = try KamSQLiteProbe(path: harness.book)
    #expect(
      try probe.rows("SELECT name, checkpoint, failed_seq FROM projection_checkpoints ORDER BY 1")
        == """
        client-directory|4|null
        client-snapshot|4|null
        client-value|4|null
        stage-timeline|4|null
        """)
    #expect(try probe.count("SELECT events FROM client_directory WHERE client = 'acme'") == 3)
  }

  @Test(
    "a stop after good events keeps them, recorded; logging still works; a rebuild agrees")
  func projectionStopsAfterGoodEvents() throws {
    let harness = Harness.withClient()
    harness.run("client", "add", "beta", "--name", "Beta", "--on", "2025-01-10")
    harness.run("log", "sale", "acme", "--amount", "100", "--on", "2025-02-01")
    let log = try SQLiteEventLog(path: harness.book, migrations: BookSchema.migrations)
    let good = Array(#"{"client":"acme","amount":5000,"cost":100}"#.utf8)
    let bad = Array("{\"client\":1}".utf8)
    try log.append(
      [
        NewEvent(
          stream: "acme", type: "sale-recorded", typeVersion: 2, occurredAt: .now, payload: good),
        NewEvent(
          stream: "acme", type: "sale-recorded", typeVersion: 2, occurredAt: .now, payload: bad),
      ],
      context: AppendContext(actor: "intruder"))
    let status = harness.run("status", "-O", "json")
    #expect(status.status == 65)
    #expect(status.err.hasPrefix("kam: projection client-directory stopped at event 6: "))
    #expect(status.out.contains(#""checkpoint":5,"lag":1,"failedSeq":6"#))
    let sale = harness.run("log", "sale", "beta", "--amount", "7")
    #expect(sale.status == 0)
    #expect(sale.err.hasPrefix("kam: warning: projection client-directory stopped at event 6"))
    func tables() throws -> [String] {
      let probe = try KamSQLiteProbe(path: harness.book)
      return [
        try probe.rows("SELECT client, n, to_stage, on_date FROM stage_transitions ORDER BY 1, 2"),
        try probe.rows("SELECT client, first_day, hex(days) FROM client_value ORDER BY 1"),
        try probe.rows(
          "SELECT name, checkpoint, failed_seq FROM projection_checkpoints ORDER BY 1"),
      ]
    }
    let incremental = try tables()
    #expect(harness.run("rebuild").status == 65)
    #expect(try tables() == incremental)
  }

  @Test("events filters by client and business period, end exclusive")
  func eventsFilter() throws {
    let harness = Harness.withClient()
    for day in ["2026-01-01", "2026-02-01", "2026-03-01"] {
      harness.run("log", "sale", "acme", "--amount", "1", "--on", day)
    }
    let result = harness.run(
      "events", "acme", "--begin", "2026-01-01", "--end", "2026-03-01", "-O", "csv")
    let lines = result.out.split(separator: "\n")
    #expect(
      lines.first
        == "seq,client,type,version,typeVersion,occurredAt,recordedAt,actor,commandId,retracted,data"
    )
    #expect(lines.dropFirst().map { $0.split(separator: ",")[0] } == ["3", "4"])
  }

  @Test("rebuild gives the same projections as catching up")
  func rebuild() {
    let harness = Harness.withClient()
    harness.run("client", "add", "beta", "--name", "Beta")
    let before = harness.run("status", "-O", "json").out
    #expect(harness.run("rebuild").out == "Rebuilt the projections from 3 events.\n")
    #expect(harness.run("status", "-O", "json").out == before)
  }

  @Test("a book written with an older sale payload is read, upcast, and verifies")
  func upcastOldBook() throws {
    let harness = Harness()
    let dump = try String(
      contentsOf: Harness.root.appendingPathComponent("Tests/KamCLITests/Fixtures/book-v1.sql"),
      encoding: .utf8)
    try Database(path: harness.book).execute(dump)
    #expect(harness.run("verify").status == 0)
    let result = harness.run("events", "-O", "json")
    let events = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String: Any]]
    let sale = events.first { $0["type"] as? String == "sale-recorded" }!
    #expect(sale["typeVersion"] as? Int == 2, "upcast from 1")
    #expect(sale["version"] as? Int == 2, "the second event of acme's stream")
    let data = sale["data"] as! [String: Any]
    #expect(data["amount"] as? String == "120.50")
    #expect(data["cost"] as? String == "80.00")
    let raw = try Database(path: harness.book).scalar(
      Int.self, "SELECT type_version FROM events WHERE type = 'sale-recorded'")
    #expect(raw == 1, "the stored row stays as written")
  }

  /// Writes Tests/KamCLITests/Fixtures/book-v1.sql; run with KAM_WRITE_FIXTURES=1.
  @Test(
    "write the old-version fixture",
    .enabled(if: ProcessInfo.processInfo.environment["KAM_WRITE_FIXTURES"] == "1"))
  func writeFixture() throws {
    let folder = TemporaryDirectory()
    let path = folder.file("v1.sqlite")
    let log = try SQLiteEventLog(path: path, create: true, migrations: BookSchema.migrations)
    let at = Instant(iso: "2025-06-01T12:00:00Z")!
    let context = AppendContext(actor: "kam-0.1", commandID: "c0", recordedAt: at)
    try log.append(
      [
        NewEvent(
          id: "e1", stream: "$book", type: "book-created", typeVersion: 1, occurredAt: at,
          payload: Array(#"{"currency":"PLN"}"#.utf8)),
        NewEvent(
          id: "e2", stream: "acme", type: "client-registered", typeVersion: 1, occurredAt: at,
          payload: Array(#"{"client":"acme","name":"ACME"}"#.utf8)),
        NewEvent(
          id: "e3", stream: "acme", type: "sale-recorded", typeVersion: 1, occurredAt: at,
          payload: Array(#"{"client":"acme","amount":"120.50","cost":"80.00"}"#.utf8)),
      ], context: context)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, ".dump"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let pragma = "PRAGMA application_id = \(LogSchema.applicationID);\n"
    let text = pragma + String(decoding: data, as: UTF8.self)
    try text.write(
      to: Harness.root.appendingPathComponent("Tests/KamCLITests/Fixtures/book-v1.sql"),
      atomically: true, encoding: .utf8)
  }
}
