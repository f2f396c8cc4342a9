import KamBookPostgres
import KamEventLog
import KamTime
import Testing

// Skipped, with the reason printed, when no server is set or reachable.
@Suite(
  "PostgresEventLog: appends and reads",
  .enabled(if: PostgresTestServer.available, "no PostgreSQL test server (see the printed reason)"))
struct PostgresEventLogTests {
  @Test func appendedEventsReadBackAsStored() throws {
    let book = try PostgresTestBook()
    let result = try book.log.append(
      [
        Sample.event("acme", 1, correlation: "corr-1"), Sample.event("acme", 2),
        Sample.event("globex", 3),
      ], context: Sample.context())
    #expect(result.duplicates == 0)
    #expect(result.events.map(\.seq.rawValue) == [1, 2, 3])
    #expect(result.events.map(\.streamVersion) == [1, 2, 1])
    var read: [StoredEvent] = []
    try book.log.forEachEvent(after: .zero, limit: nil) { read.append($0) }
    #expect(read == result.events)
    var acme: [StoredEvent] = []
    try book.log.forEachEvent(in: "acme") { acme.append($0) }
    #expect(acme == Array(result.events.prefix(2)))
    #expect(try book.log.lastSequence() == 3)
    #expect(try book.log.event(id: result.events[2].id) == result.events[2])
    var limited: [Int64] = []
    try book.log.forEachEvent(after: 1, limit: 1) { limited.append($0.seq.rawValue) }
    #expect(limited == [2])
  }

  @Test func aRetriedIdReturnsTheStoredEvent() throws {
    let book = try PostgresTestBook()
    let first = try book.log.append([Sample.event("acme", 1, id: "e-1")], context: Sample.context())
    let retry = try book.log.append(
      [Sample.event("acme", 1, id: "e-1", expected: .noStream), Sample.event("acme", 2)],
      context: Sample.context(at: 1_750_000_999_000))
    #expect(retry.duplicates == 1)
    #expect(retry.events[0] == first.events[0])
    #expect(retry.events[1].seq == 2)
    #expect(try book.log.lastSequence() == 2)
  }

  @Test func aWrongExpectedVersionWritesNothing() throws {
    let book = try PostgresTestBook()
    try book.log.append([Sample.event("acme", 1)], context: Sample.context())
    #expect {
      try book.log.append(
        [Sample.event("globex", 2), Sample.event("acme", 3, expected: .exact(5))],
        context: Sample.context())
    } throws: { ($0 as? EventLogError)?.code == .wrongExpectedVersion }
    #expect(try book.log.lastSequence() == 1)
    try book.log.append([Sample.event("acme", 4, expected: .exact(1))], context: Sample.context())
    #expect(try book.log.lastSequence() == 2)
  }

  @Test func aTransactionCommitsItsAppendsTogetherOrNotAtAll() throws {
    struct Abandon: Error {}
    let book = try PostgresTestBook()
    #expect(throws: Abandon.self) {
      try book.log.transaction { session in
        try book.log.append([Sample.event("acme", 1)], context: Sample.context(), in: session)
        try book.log.append([Sample.event("acme", 2)], context: Sample.context(), in: session)
        #expect(try book.log.lastSequence(in: session) == 2)
        throw Abandon()
      }
    }
    #expect(try book.log.lastSequence() == 0)
    try book.log.transaction { session in
      try book.log.append([Sample.event("acme", 1)], context: Sample.context(), in: session)
      try book.log.append([Sample.event("acme", 2)], context: Sample.context(), in: session)
    }
    #expect(try book.log.lastSequence() == 2)
  }

  @Test func aPayloadThatIsNotUTF8IsRefused() throws {
    let book = try PostgresTestBook()
    var event = Sample.event("acme", 1)
    event.payload = [0x7B, 0xFF, 0x7D]
    #expect { try book.log.append([event], context: Sample.context()) } throws: {
      ($0 as? EventLogError)?.code == .invalidEvent
    }
  }

  @Test func systemTimesOutOfOrderAreListedAsSQLiteListsThem() throws {
    let book = try PostgresTestBook()
    try book.log.append([Sample.event("acme", 1)], context: Sample.context(at: 2_000))
    try book.log.append([Sample.event("acme", 2)], context: Sample.context(at: 1_000))
    try book.log.append([Sample.event("acme", 3)], context: Sample.context(at: 3_000))
    #expect(try book.log.lastSequence(recordedBy: Instant(millisecondsSinceEpoch: 500)) == 0)
    #expect(try book.log.lastSequence(recordedBy: Instant(millisecondsSinceEpoch: 1_500)) == nil)
    #expect(try book.log.lastSequence(recordedBy: Instant(millisecondsSinceEpoch: 2_500)) == 2)
    #expect(try book.log.lastSequence(recordedBy: Instant(millisecondsSinceEpoch: 9_000)) == 3)
    #expect(try book.log.verify().ok)
  }
}

/// Reads type version 1 of `sale-recorded` as version 2, to see reads upcast.
struct BumpingUpcaster: EventUpcaster {
  func upcast(_ event: inout StoredEvent) throws(EventLogError) {
    if event.type == "sale-recorded" && event.typeVersion == 1 { event.typeVersion = 2 }
  }
}

// Skipped, with the reason printed, when no server is set or reachable.
@Suite(
  "PostgresEventLog: upcasting on read",
  .enabled(if: PostgresTestServer.available, "no PostgreSQL test server (see the printed reason)"))
struct PostgresUpcastTests {
  @Test func readsAreUpcastAndVerifyReadsRowsAsStored() throws {
    let book = try PostgresTestBook(upcaster: BumpingUpcaster())
    let appended = try book.log.append([Sample.event("acme", 1)], context: Sample.context())
    #expect(appended.events[0].typeVersion == 1)
    var read: [Int] = []
    try book.log.forEachEvent(after: .zero, limit: nil) { read.append($0.typeVersion) }
    try book.log.forEachEvent(in: "acme") { read.append($0.typeVersion) }
    #expect(read == [2, 2])
    #expect(try book.log.event(at: 1)?.typeVersion == 2)
    #expect(try book.log.verify().ok)
  }
}
