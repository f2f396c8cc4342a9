import Foundation
import KamSQLite
import Testing

/// Books damaged as a hostile user or a failing disk would: every command
/// answers with one line and a documented status, and `kam verify` names the
/// exact first bad event. `tools/damage-books` runs many more cases.
@Suite("Damaged books")
struct DamagedBookTests {
  /// The statuses kam documents.
  static let documented: Set<Int32> = [0, 1, 64, 65, 66, 70, 73, 74, 75]

  /// A book of five events: book created, acme registered, three sales (3, 4, 5).
  static func book() -> Harness {
    let harness = Harness.withClient()
    for amount in ["100", "200", "300"] {
      harness.run("log", "sale", "acme", "--amount", amount, "--on", "2026-11-01")
    }
    return harness
  }

  /// Runs SQL on the book as someone with the sqlite3 shell would, triggers dropped.
  static func tamper(_ harness: Harness, _ sql: String) throws {
    let db = try Database(path: harness.book)
    try db.execute("DROP TRIGGER events_refuse_update; DROP TRIGGER events_refuse_delete")
    try db.execute(sql)
  }

  /// Expects a failure of one line, with a documented status that is not "a bug".
  static func expectOneLine(
    _ result: (status: Int32, out: String, err: String), _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      documented.contains(result.status), "\(what): status \(result.status)",
      sourceLocation: sourceLocation)
    #expect(result.status != 70, "\(what): \(result.err)", sourceLocation: sourceLocation)
    guard result.status != 0 else { return }
    #expect(result.err.hasPrefix("kam: "), "\(what): \(result.err)", sourceLocation: sourceLocation)
    #expect(
      result.err.filter { $0 == "\n" }.count == 1, "\(what): \(result.err)",
      sourceLocation: sourceLocation)
  }

  /// Every command of this list, on a damaged book, answers in one line.
  static let commands: [[String]] = [
    ["verify"], ["status"], ["clients"], ["show", "acme"], ["value"], ["risk"], ["events"],
    ["prospects"], ["log", "sale", "acme", "--amount", "1"], ["rebuild"],
  ]

  static let tamperings: [(name: String, sql: String, firstBad: Int64, problem: String)] = [
    (
      "newest events deleted", "DELETE FROM events WHERE seq > 3", 4,
      "the log ends at seq 3 but the stored head of the chain is at event 5: events 4…5 are missing"
    ),
    (
      "newest events and the stored head deleted",
      "DELETE FROM events WHERE seq > 3; DELETE FROM log_head", 4,
      "the log ends at seq 3 but projection client-directory has read up to 5: events 4…5 are missing"
    ),
    (
      "first event deleted", "DELETE FROM events WHERE seq = 1", 1,
      "sequence jumps from 0 to 2: event 1 is missing"
    ),
    (
      "middle event deleted", "DELETE FROM events WHERE seq = 3", 3,
      "sequence jumps from 2 to 4: event 3 is missing"
    ),
    (
      "payload edited",
      "UPDATE events SET payload = replace(payload, '30000', '90000') WHERE seq = 5", 5,
      "the hash of event 5 does not match its contents and predecessor"
    ),
    (
      "every event deleted", "DELETE FROM events", 1,
      "the log ends at seq 0 but the stored head of the chain is at event 5: events 1…5 are missing"
    ),
  ]

  @Test(
    "verify names the first bad event; no command prints more than one line", arguments: tamperings)
  func tampered(name: String, sql: String, firstBad: Int64, problem: String) throws {
    let harness = Self.book()
    try Self.tamper(harness, sql)
    let verify = harness.run("verify")
    #expect(verify.status == 1, "\(name)")
    #expect(verify.err == "kam: the log is damaged at event \(firstBad): \(problem)\n", "\(name)")
    let json = harness.run("verify", "-O", "json")
    #expect(json.out.hasPrefix(#"{"ok":false,"events":"#), "\(name)")
    #expect(json.out.contains(#""firstBadSeq":\#(firstBad),"#), "\(name)")
    for command in Self.commands {
      Self.expectOneLine(harness.run(command), "\(name): kam \(command.joined(separator: " "))")
    }
  }

  @Test(
    "a value of the wrong type in a projection's table is refused in one line naming the column")
  func wrongTypeInProjection() throws {
    let harness = Self.book()
    // A loose table in place of the STRICT one, which would refuse the text.
    try Self.tamper(
      harness,
      """
      ALTER TABLE client_directory RENAME TO strict_directory;
      CREATE TABLE client_directory (client TEXT PRIMARY KEY, name TEXT NOT NULL,
        prospect INTEGER NOT NULL, segment TEXT, owner TEXT, registered_on TEXT,
        events INTEGER NOT NULL, last_seq INTEGER NOT NULL);
      INSERT INTO client_directory SELECT * FROM strict_directory;
      DROP TABLE strict_directory;
      UPDATE client_directory SET events = 'many';
      """)
    let sale = harness.run("log", "sale", "acme", "--amount", "1")
    #expect(sale.status == 65)
    #expect(
      sale.err
        == "kam: the book holds a value kam cannot read: column 5 (events) holds TEXT, not an Int "
        + "(kam verify checks the log; kam rebuild restores the projections)\n")
    #expect(harness.run("rebuild").status == 0)
    #expect(harness.run("log", "sale", "acme", "--amount", "1").status == 0)
  }

  @Test("status says the log is damaged rather than show a negative lag")
  func statusNoNegativeLag() throws {
    let harness = Self.book()
    try Self.tamper(harness, "DELETE FROM events WHERE seq > 3")
    let status = harness.run("status", "-O", "json")
    #expect(status.status == 65)
    #expect(status.out == "")
    #expect(
      status.err
        == "kam: the book is damaged: the log ends at seq 3 but projection client-directory has read up to 5: events 4…5 are missing (run kam verify)\n"
    )
    #expect(harness.run("clients").err == status.err)
  }

  @Test("rebuild refuses a damaged log and leaves the projections; --force rebuilds with a warning")
  func rebuildRefuses() throws {
    let harness = Self.book()
    let before = harness.run("clients", "-O", "json").out
    try Self.tamper(
      harness, "UPDATE events SET payload = replace(payload, '30000', '90000') WHERE seq = 5")
    let rebuild = harness.run("rebuild")
    #expect(rebuild.status == 1)
    #expect(
      rebuild.err
        == "kam: the log is damaged at event 5: the hash of event 5 does not match its contents and predecessor; the projections were left as they were (kam verify checks the log; kam rebuild --force rebuilds from it anyway)\n"
    )
    #expect(rebuild.out == "")
    #expect(harness.run("clients", "-O", "json").out == before)
    let forced = harness.run("rebuild", "--force")
    #expect(forced.status == 0)
    #expect(forced.err.hasPrefix("kam: warning: the log is damaged at event 5: "))
    #expect(forced.out == "Rebuilt the projections from 5 events.\n")
    #expect(harness.run("clients", "-O", "json").out != before)
    #expect(harness.run("verify").status == 1)
  }

  @Test("rebuild refuses a log whose newest events were deleted, before emptying the checkpoints")
  func rebuildRefusesTail() throws {
    let harness = Self.book()
    try Self.tamper(harness, "DELETE FROM events WHERE seq > 3; DELETE FROM log_head")
    let rebuild = harness.run("rebuild")
    #expect(rebuild.status == 1)
    #expect(
      rebuild.err.hasPrefix(
        "kam: the log is damaged at event 4: the log ends at seq 3 but projection client-directory has read up to 5"
      ))
    #expect(harness.run("verify").status == 1)
  }

  @Test("INSERT OR REPLACE cannot rewrite an event; the book stays sound")
  func replaceRefused() throws {
    let harness = Self.book()
    let db = try Database(path: harness.book)
    #expect(throws: DatabaseError.self) {
      try db.execute(
        """
        INSERT OR REPLACE INTO events SELECT seq, 'forged', stream, stream_version, type,
          type_version, occurred_at, recorded_at, actor, command_id, NULL, NULL,
          replace(payload, '30000', '90000'), hash FROM events WHERE seq = 5
        """)
    }
    #expect(harness.run("verify").status == 0)
  }

  @Test("a recomputed chain passes plain verify but not --expect-head")
  func expectHead() throws {
    let harness = Self.book()
    let verify = harness.run("verify")
    let head = try #require(
      verify.out.split(separator: "\n").last?.split(separator: " ").dropFirst().first)
    #expect(verify.out.hasPrefix("OK: 5 events, hash chain intact.\nHead: 5:"))
    let ok = harness.run("verify", "--expect-head", String(head))
    #expect(ok.status == 0)
    #expect(ok.out.hasSuffix("The log still holds event 5 with the expected hash.\n"))
    harness.run("log", "sale", "acme", "--amount", "1")
    #expect(harness.run("verify", "--expect-head", String(head)).status == 0)
    // The same book's event 5 in another book with other content: another hash.
    let other = Self.book()
    other.run("log", "sale", "acme", "--amount", "1")
    let wrong = other.run("verify", "--expect-head", String(head))
    #expect(wrong.status == 1)
    #expect(wrong.err.hasPrefix("kam: the log is damaged at event 5: event 5 has hash "))
    let json = other.run("verify", "-O", "json")
    #expect(json.out.contains(#""head":{"seq":6,"hash":""#))
    let bad = harness.run("verify", "--expect-head", "5:xyz")
    #expect(bad.status == 64)
    #expect(
      bad.err
        == "kam: --expect-head \"5:xyz\": expected SEQ:HASH, a sequence number and 64 hex digits\n")
  }

  @Test(
    "a missing projection table is damage, in one line, and a rebuild restores it",
    arguments: [
      "client_snapshots", "client_directory", "client_value", "stage_transitions",
      "projection_checkpoints",
    ])
  func droppedTable(table: String) throws {
    let harness = Self.book()
    try Database(path: harness.book).execute("DROP TABLE \(table)")
    var named = 0
    for command in Self.commands.dropLast() {
      let result = harness.run(command)
      Self.expectOneLine(result, "\(table): kam \(command.joined(separator: " "))")
      if result.err.hasPrefix("kam: the book is damaged: table \(table) is missing") {
        #expect(result.status == 65)
        named += 1
      }
    }
    // Each command reads only some tables; the rebuild writes them all.
    #expect(named >= 1, "\(table)")
    let rebuild = harness.run("rebuild")
    #expect(rebuild.status == 0, "\(table): \(rebuild.err)")
    for command in Self.commands {
      let result = harness.run(command)
      #expect(
        result.status == 0,
        "\(table), rebuilt: kam \(command.joined(separator: " ")): \(result.err)")
    }
  }

  /// Moves the book's WAL into the file, so that the file alone holds the book.
  static func checkpoint(_ harness: Harness) throws {
    try Database(path: harness.book).execute("PRAGMA wal_checkpoint(TRUNCATE)")
  }

  @Test(
    "a truncated file, random bytes, an empty file, a newer schema: one line each",
    arguments: [
      "truncated to 0", "truncated to 100", "truncated to 4096", "truncated by one page",
      "random bytes over page 2", "random bytes over the header", "all random", "newer schema",
      "not a kam book",
    ])
  func fileDamage(kind: String) throws {
    let harness = Self.book()
    try Self.checkpoint(harness)
    let handle = try #require(FileHandle(forUpdatingAtPath: harness.book))
    let size = try handle.seekToEnd()
    var generator = SystemRandomNumberGenerator()
    func random(_ count: Int) -> Data {
      Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
    switch kind {
    case "truncated to 0": try handle.truncate(atOffset: 0)
    case "truncated to 100": try handle.truncate(atOffset: 100)
    case "truncated to 4096": try handle.truncate(atOffset: 4096)
    case "truncated by one page": try handle.truncate(atOffset: size - 4096)
    case "random bytes over page 2":
      try handle.seek(toOffset: 4096)
      try handle.write(contentsOf: random(4096))
    case "random bytes over the header":
      try handle.seek(toOffset: 0)
      try handle.write(contentsOf: random(100))
    case "all random":
      try handle.seek(toOffset: 0)
      try handle.write(contentsOf: random(Int(size)))
    case "newer schema":
      try Database(path: harness.book).execute(
        "INSERT INTO kam_migrations VALUES (99, 'future', '2030-01-01T00:00:00Z')")
    default:
      try Database(path: harness.book).execute("PRAGMA application_id = 7")
    }
    try handle.close()
    for command in Self.commands {
      Self.expectOneLine(harness.run(command), "\(kind): kam \(command.joined(separator: " "))")
    }
    if kind == "truncated to 0" {
      #expect(
        harness.run("verify").err
          == "kam: the log is damaged at event 1: the file is empty (0 bytes); a book starts with its book-created event\n"
      )
    }
    if kind == "newer schema" {
      let verify = harness.run("verify")
      #expect(verify.status == 65)
      #expect(verify.err.contains("was written by a newer kam (schema 99"))
    }
  }
}
