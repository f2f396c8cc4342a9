import KamBookSQLite
import KamEventLog
import KamTestSupport
import KamTime

/// A new log in its own temporary folder, and events to append to it.
struct LogFixture {
  let folder = TemporaryDirectory()
  let log: SQLiteEventLog
  var path: String { folder.file("book.sqlite") }

  init() throws {
    log = try SQLiteEventLog(path: folder.file("book.sqlite"), create: true)
  }

  static let context = AppendContext(
    actor: "tester", commandID: "c1", recordedAt: Instant(millisecondsSinceEpoch: 1_700_000_000_000)
  )

  static func event(
    _ stream: StreamID, _ n: Int, id: EventID = .random(), expected: ExpectedVersion = .any
  ) -> NewEvent {
    NewEvent(
      id: id, stream: stream, type: "thing-happened", typeVersion: 1,
      occurredAt: Instant(millisecondsSinceEpoch: 1_600_000_000_000 + Int64(n) * 86_400_000),
      payload: Array(#"{"n":\#(n)}"#.utf8), expectedVersion: expected)
  }

  func all() throws -> [StoredEvent] {
    var events: [StoredEvent] = []
    try log.forEachEvent(after: .zero, limit: nil) { events.append($0) }
    return events
  }
}
