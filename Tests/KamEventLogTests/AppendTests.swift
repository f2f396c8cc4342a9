import Foundation
import KamBookSQLite
import KamEventLog
import KamSQLite
import KamTestSupport
import KamTime
import Testing

@Suite("Appending to the log")
struct AppendTests {
  @Test("sequence numbers are global and gap-free; versions count per stream")
  func sequenceAndVersions() throws {
    let fixture = try LogFixture()
    try fixture.log.append(
      [LogFixture.event("a", 1), LogFixture.event("b", 2), LogFixture.event("a", 3)],
      context: LogFixture.context)
    try fixture.log.append([LogFixture.event("b", 4)], context: LogFixture.context)
    let events = try fixture.all()
    #expect(events.map(\.seq.rawValue) == [1, 2, 3, 4])
    #expect(events.map(\.streamVersion) == [1, 1, 2, 2])
    #expect(events.map(\.stream.rawValue) == ["a", "b", "a", "b"])
    #expect(events[0].actor == "tester")
    #expect(events[0].commandID == "c1")
    #expect(events[0].recordedAt == LogFixture.context.recordedAt)
    #expect(try fixture.log.lastSequence() == 4)
  }

  @Test(
    "an expected version that does not match is refused with a typed error",
    arguments: [ExpectedVersion.noStream, .exact(0), .exact(2)])
  func wrongExpectedVersion(expected: ExpectedVersion) throws {
    let fixture = try LogFixture()
    try fixture.log.append([LogFixture.event("a", 1)], context: LogFixture.context)
    let error = #expect(throws: EventLogError.self) {
      try fixture.log.append(
        [LogFixture.event("a", 2, expected: expected)], context: LogFixture.context)
    }
    #expect(error?.code == .wrongExpectedVersion)
    #expect(try fixture.all().count == 1)
  }

  @Test("a matching expected version is accepted", arguments: [ExpectedVersion.any, .exact(1)])
  func rightExpectedVersion(expected: ExpectedVersion) throws {
    let fixture = try LogFixture()
    try fixture.log.append(
      [LogFixture.event("a", 1, expected: .noStream)], context: LogFixture.context)
    try fixture.log.append(
      [LogFixture.event("a", 2, expected: expected)], context: LogFixture.context)
    #expect(try fixture.all().map(\.streamVersion) == [1, 2])
  }

  @Test("a retried append with the same event id adds nothing and returns the stored event")
  func idempotentRetry() throws {
    let fixture = try LogFixture()
    let event = LogFixture.event("a", 1, id: "fixed-id", expected: .noStream)
    let first = try fixture.log.append([event], context: LogFixture.context)
    let retry = try fixture.log.append([event], context: LogFixture.context)
    #expect(first.duplicates == 0)
    #expect(retry.duplicates == 1)
    #expect(retry.events == first.events)
    #expect(try fixture.all().count == 1)
  }

  @Test("a batch is all or nothing")
  func batchAtomicity() throws {
    let fixture = try LogFixture()
    try fixture.log.append([LogFixture.event("a", 1)], context: LogFixture.context)
    #expect(throws: EventLogError.self) {
      try fixture.log.append(
        [
          LogFixture.event("b", 2), LogFixture.event("c", 3),
          LogFixture.event("a", 4, expected: .noStream),
        ],
        context: LogFixture.context)
    }
    #expect(try fixture.all().count == 1)
    // The appender's cached head must not run ahead of the file after a rollback.
    try fixture.log.append([LogFixture.event("b", 5)], context: LogFixture.context)
    #expect(try fixture.all().map(\.seq.rawValue) == [1, 2])
    #expect(try fixture.log.verify().ok)
  }

  @Test("two connections appending in turn keep one chain")
  func twoConnections() throws {
    let fixture = try LogFixture()
    let other = try SQLiteEventLog(path: fixture.path)
    for n in 0..<10 {
      try (n % 2 == 0 ? fixture.log : other).append(
        [LogFixture.event("s", n)], context: LogFixture.context)
    }
    #expect(try fixture.all().map(\.streamVersion) == Array(1...10))
    #expect(try other.verify().ok)
  }

  @Test("a new book file is readable by its owner only")
  func ownerOnly() throws {
    let fixture = try LogFixture()
    var info = stat()
    #expect(stat(fixture.path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test("a missing book is reported as such, not created")
  func missingBook() throws {
    let folder = TemporaryDirectory()
    let error = #expect(throws: EventLogError.self) {
      _ = try SQLiteEventLog(path: folder.file("none.sqlite"))
    }
    #expect(error?.code == .bookNotFound)
  }
}
