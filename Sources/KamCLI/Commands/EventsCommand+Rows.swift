import KamDomain
import KamEventLog
import KamTime

extension EventsCommand {
  /// The keys of a row in JSON and CSV (cli.md, and `retracted`).
  static let keys = [
    "seq", "client", "type", "version", "typeVersion", "occurredAt", "recordedAt", "actor",
    "commandId", "retracted", "data",
  ]

  /// The headings of the table.
  static let headings = [
    "seq", "client", "type", "version", "occurred", "recorded", "actor", "command", "data",
  ]

  /// A table row: the stream version, not the payload's schema version, a
  /// retracted event marked after its type, and the payload in words.
  static func cells(_ event: StoredEvent, retracted: Bool) -> [String] {
    [
      String(event.seq.rawValue), event.stream.rawValue,
      event.type + (retracted ? " (retracted)" : ""), String(event.streamVersion),
      event.occurredAt.description, event.recordedAt.description, event.actor,
      event.commandID.rawValue, EventData.words(event),
    ]
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
