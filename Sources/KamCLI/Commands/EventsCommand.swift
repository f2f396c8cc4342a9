import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam events`: the raw log.
struct EventsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "events",
    abstract: "Show the raw log, optionally for one client and a period.",
    discussion: """
      --begin is inclusive and --end exclusive, both business dates: \
      `--begin 2026-01-01 --end 2026-04-01` is the first quarter. --known-at shows \
      the log as it stood at that instant. Money is printed as decimals (12000.50) and \
      percentages as percentages (15%), never as the minor units and basis points \
      stored. In JSON and CSV, `version` is the event's version within its client's \
      stream (1, 2, 3, …) and `typeVersion` its payload's schema version.
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Only this client's events.") var slug: String?
  @Option(help: ArgumentHelp("First business day (inclusive).", valueName: "date")) var begin:
    String?
  @Option(help: ArgumentHelp("Business day to stop before (exclusive).", valueName: "date"))
  var end: String?

  func validate() throws {
    try CLIError.validating {
      _ = try slug.map { try Parse.slug($0) }
      _ = try GlobalOptions.period(begin: begin, end: end)
    }
  }

  func run() throws {
    var filter = EventFilter()
    let client = try slug.map { try Parse.slug($0) }
    if let client { filter.stream = StreamID(client.rawValue) }
    let period = try GlobalOptions.period(begin: begin, end: end)
    filter.occurredFrom = period.begin?.start
    filter.occurredBefore = period.end?.start
    if let asOf = global.asOf {
      let limit = try GlobalOptions.date(asOf, option: "--as-of").adding(days: 1).start
      filter.occurredBefore = min(filter.occurredBefore ?? limit, limit)
    }
    if let knownAt = global.knownAt {
      guard let instant = Instant(iso: knownAt) else {
        throw CLIError.badValue(
          "--known-at", knownAt, expected: "an ISO 8601 instant or YYYY-MM-DD")
      }
      filter.recordedBy = instant
    }
    let book = try global.openBook()
    if let client { try Recorder(global: global).requireKnown(client, book) }
    let console = global.console
    let format = global.outputFormat
    var first = true
    var rows: [[String]] = []
    if format == .json { console.out("[") }
    if format == .csv {
      console.line(Self.keys.joined(separator: ","))
    }
    try book.forEachEvent(matching: filter) { event in
      switch format {
      case .json:
        console.out((first ? "" : ",") + "\n" + Self.json(event).rendered)
      case .csv:
        console.line(
          Self.record(event).map { RecordWriter.csvField($0.value.cell) }.joined(separator: ","))
      case .table:
        rows.append(Self.cells(event))
      }
      first = false
    }
    switch format {
    case .json: console.line(first ? "]" : "\n]")
    case .csv: break
    case .table:
      console.out(
        RecordWriter.table(
          header: [
            "seq", "client", "type", "version", "occurred", "recorded", "actor", "command",
            "data",
          ],
          rows: rows))
    }
  }

  /// The keys of a row in JSON and CSV (cli.md).
  static let keys = [
    "seq", "client", "type", "version", "typeVersion", "occurredAt", "recordedAt", "actor",
    "commandId", "data",
  ]

  /// A table row: the stream version, not the payload's schema version, and the
  /// payload in words.
  static func cells(_ event: StoredEvent) -> [String] {
    [
      String(event.seq.rawValue), event.stream.rawValue, event.type,
      String(event.streamVersion), event.occurredAt.description, event.recordedAt.description,
      event.actor, event.commandID.rawValue, EventData.words(event),
    ]
  }

  /// A JSON or CSV row: `version` is the event's version within its client's
  /// stream, `typeVersion` its payload's schema version.
  static func record(_ event: StoredEvent) -> [JSON.Member] {
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
      .init("data", EventData.json(event)),
    ]
  }

  static func json(_ event: StoredEvent) -> JSON { .object(record(event)) }
}
