import KamBookPostgres
import KamEventLog
import KamTime
import PostgresNIO
import Testing

// Skipped, with the reason printed, when no server is set or reachable.
@Suite(
  "PostgreSQL refuses edits to the log",
  .enabled(if: PostgresTestServer.available, "no PostgreSQL test server (see the printed reason)"))
struct PostgresLogGuardTests {
  @Test(arguments: [
    "UPDATE events SET actor = 'mallory'", "DELETE FROM events", "TRUNCATE events",
    "UPDATE events_out_of_order SET seq = 1", "DELETE FROM events_out_of_order",
  ])
  func editsAreRefusedEvenToTheOwner(sql: String) throws {
    let book = try PostgresTestBook()
    try book.log.append([Sample.event("acme", 1)], context: Sample.context())
    #expect { try book.execute(sql) } throws: { error in
      let error = error as? PostgresLogError
      return error?.code == .refused && error?.message.contains("append-only") == true
    }
    #expect(try book.log.verify().ok)
  }

  @Test func anInsertWithoutTheWriterLockIsRefused() throws {
    let book = try PostgresTestBook()
    #expect {
      try book.execute(
        """
        INSERT INTO events VALUES (1, 'x', 's', 1, 't', 1, 0, 0, 'a', 'c', NULL, NULL, '{}',
          '\\x00')
        """)
    } throws: { ($0 as? PostgresLogError)?.message.contains("one writer at a time") == true }
  }

  @Test(
    "an insert under the lock that is not the next event, or not the next version of its stream, is refused",
    arguments: [
      ("(3, 'x', 'acme', 2, 't', 1, 0, 0, 'a', 'c', NULL, NULL, '{}', '\\x00')", "next event"),
      ("(2, 'x', 'acme', 3, 't', 1, 0, 0, 'a', 'c', NULL, NULL, '{}', '\\x00')", "next version"),
      (
        "(2, 'x', 'acme', 2, 't', 1, 0, 0, 'a', 'c', NULL, NULL, '{}', '\\x00'),"
          + " (3, 'y', 'acme', 4, 't', 1, 0, 0, 'a', 'c', NULL, NULL, '{}', '\\x00')",
        "next version"
      ),
    ])
  func anInsertOutOfOrderIsRefused(values: String, rule: String) throws {
    let book = try PostgresTestBook()
    try book.log.append([Sample.event("acme", 1)], context: Sample.context())
    #expect {
      try book.execute("BEGIN; SELECT kam_lock_log(); INSERT INTO events VALUES \(values); COMMIT")
    } throws: { error in
      let error = error as? PostgresLogError
      return error?.code == .refused && error?.message.contains(rule) == true
    }
    try? book.execute("ROLLBACK")
    #expect(try book.log.verify().ok)
  }

  @Test("a batch is one statement, and the head row names its last event")
  func theHeadIsTheLastEventOfTheBatch() throws {
    let book = try PostgresTestBook()
    let result = try book.log.append(
      (1...5).map { Sample.event("acme", $0) }, context: Sample.context())
    let head = try book.log.withSession { session in
      try session.query("SELECT seq, hash FROM log_head").first!.decode((Int64, ByteBuffer).self)
    }
    #expect(head.0 == 5)
    #expect(Array(head.1.readableBytesView) == result.events.last!.hash)
    #expect(try book.log.verify().ok)
  }

  @Test func aWriterRoleAppendsAndReadsButCannotEdit() throws {
    let book = try PostgresTestBook()
    let role = "kam_test_writer_" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    let password = "pw-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    try book.execute("CREATE ROLE \(role) LOGIN PASSWORD '\(password)' IN ROLE kam_writer")
    defer { try? book.execute("DROP ROLE \(role)") }
    do {
      let writer = try PostgresEventLog(
        settings: try PostgresTestServer.settings(user: role, password: password),
        schema: book.schema)
      defer { writer.close() }
      try writer.append(
        [Sample.event("acme", 1), Sample.event("acme", 2)], context: Sample.context())
      var read = 0
      try writer.forEachEvent(after: .zero, limit: nil) { _ in read += 1 }
      #expect(read == 2)
      #expect(try writer.verify().ok)
      for sql in ["UPDATE events SET actor = 'x'", "DELETE FROM events", "TRUNCATE events"] {
        #expect { try writer.withSession { try $0.execute(sql) } } throws: {
          ($0 as? PostgresLogError)?.sqlState == "42501"
        }
      }
    }
    let wrong = try PostgresTestServer.settings(user: role, password: "not-\(password)")
    #expect { try PostgresEventLog(settings: wrong, schema: book.schema) } throws: { error in
      let error = error as? PostgresLogError
      return error?.code == .authentication && error?.message.contains(password) == false
    }
  }

  @Test func aBookFromANewerKamIsRefused() throws {
    let book = try PostgresTestBook()
    try book.execute("UPDATE kam_schema SET version = 99")
    #expect { try book.open() } throws: { ($0 as? PostgresLogError)?.code == .newerSchema }
  }

  @Test func aMissingBookIsNotCreatedUnasked() throws {
    #expect {
      try PostgresEventLog(url: PostgresTestServer.url ?? "", schema: "kam_test_no_such_book")
    } throws: { ($0 as? PostgresLogError)?.code == .bookMissing }
  }

  @Test func aMissingDatabaseIsNamed() throws {
    let admin = try PostgresSettings(url: PostgresTestServer.url ?? "")
    var settings = admin
    settings.database = "kam_no_such_database"
    #expect { try PostgresEventLog.ping(settings) } throws: { error in
      let error = error as? PostgresLogError
      return error?.code == .databaseMissing
        && error?.message.contains("kam_no_such_database") == true
    }
  }

  @Test func aServerThatIsDownIsNamedByHostAndPort() throws {
    // Port 1 on loopback: nothing listens there.
    let settings = try PostgresSettings(
      url: "postgres://kam:secret-pw@127.0.0.1:1/kam", environment: [:])
    #expect { try PostgresEventLog.ping(settings) } throws: { error in
      let error = error as? PostgresLogError
      return error?.code == .serverDown && error?.message.contains("127.0.0.1:1") == true
        && error?.message.contains("secret-pw") == false
    }
  }
}

// Skipped, with the reason printed, when no server is set or reachable.
@Suite(
  "PostgreSQL: a connection lost mid-transaction",
  .enabled(if: PostgresTestServer.available, "no PostgreSQL test server (see the printed reason)"))
struct PostgresLostConnectionTests {
  @Test func writesNothingAndTheNextAppendWorks() throws {
    let book = try PostgresTestBook()
    let admin = try book.open()
    defer { admin.close() }
    try book.log.append([Sample.event("acme", 1)], context: Sample.context())
    #expect {
      try book.log.transaction { session in
        try book.log.append([Sample.event("acme", 2)], context: Sample.context(), in: session)
        let pid = try session.query("SELECT pg_backend_pid()").first?.decode(Int32.self) ?? 0
        _ = try admin.withSession { try $0.query("SELECT pg_terminate_backend(\(pid))") }
        try book.log.append([Sample.event("acme", 3)], context: Sample.context(), in: session)
      }
    } throws: { error in
      let error = error as? PostgresLogError
      return error?.code == .lostConnection && error?.message.contains("127.0.0.1") == true
    }
    #expect(try book.log.lastSequence() == 1)
    try book.log.append([Sample.event("acme", 4)], context: Sample.context())
    #expect(try book.log.lastSequence() == 2)
    #expect(try book.log.verify().ok)
  }
}
