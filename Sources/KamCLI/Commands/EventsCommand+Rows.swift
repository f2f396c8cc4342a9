import KamDomain
import KamEventLog
import KamTime

extension EventsCommand {
  /// The keys of a row in JSON and CSV (cli.md, and `retracted`).
  static let keys = [
    "seq", "client", "type", "version", "typeVersion", "occurredAt", "recordedAt", "actor",
    "commandId", "retracted", "data",
  ]

  /// The columns of the table: seq, type, client, day and payload kept longest.
  static let columns = [
    TableColumn("Seq", priority: 0),
    TableColumn("Client", priority: 2, shrinksTo: 12),
    TableColumn("Type", priority: 1, shrinksTo: 16),
    TableColumn("Version", short: "V", priority: 6),
    TableColumn("Occurred", priority: 3),
    TableColumn("Recorded (UTC)", short: "Recorded", priority: 5),
    TableColumn("Actor", priority: 7, shrinksTo: 10),
    TableColumn("Command", priority: 8, shrinksTo: 10),
    TableColumn("Data", priority: 4, shrinksTo: 30, fills: true),
  ]

  /// A table row: the stream version, not the payload's schema version, a
  /// retracted event marked after its type, the business day, the recording
  /// instant to the minute, and the payload in words.
  static func cells(_ event: StoredEvent, retracted: Bool) -> [TableCell] {
    [
      .figure(String(event.seq.rawValue)), .text(event.stream.rawValue),
      retracted ? .marked(event.type, mark: "(retracted)") : .text(event.type),
      .figure(String(event.streamVersion)), .date(event.occurredAt.date),
      .text(minute(event.recordedAt)), .text(event.actor), .text(event.commandID.rawValue),
      .text(EventData.words(event)),
    ]
  }

  /// An instant to the minute, UTC: `2026-11-28 10:15`.
  static func minute(_ instant: Instant) -> String {
    let text = instant.description
    return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
  }

  /// A JSON or CSV row: `version` is the event's version within its client's
  /// stream, `typeVersion` its payload's schema version.
  static func record(_ event: StoredEvent, retracted: Bool) -> [JSON.Member] {
    [
      .init("seq", .integer(event.seq.rawValue)),
      .init(
        "client", event.stream.rawValue.hasPrefix("$") ? .null : .string(event.stream.rawValue)),
      .init("type", .string(event.type)),
      .init("version", .integer(event.streamVersion)),
      .init("typeVersion", .integer(Int64(event.typeVersion))),
      .init("occurredAt", .string(event.occurredAt.description)),
      .init("recordedAt", .string(event.recordedAt.description)),
      .init("actor", .string(event.actor)),
      .init("commandId", .string(event.commandID.rawValue)),
      .init("retracted", .bool(retracted)),
      .init("data", EventData.json(event)),
    ]
  }

  /// The event as a JSON object.
  static func json(_ event: StoredEvent, retracted: Bool) -> JSON {
    .object(record(event, retracted: retracted))
  }
}
