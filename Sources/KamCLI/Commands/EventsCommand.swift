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
      the log as it stood at that instant.
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
      _ = try begin.map { try GlobalOptions.date($0, option: "--begin") }
      _ = try end.map { try GlobalOptions.date($0, option: "--end") }
    }
  }

  func run() throws {
    var filter = EventFilter()
    if let slug { filter.stream = StreamID(try Parse.slug(slug).rawValue) }
    filter.occurredFrom = try begin.map { try GlobalOptions.date($0, option: "--begin").start }
    filter.occurredBefore = try end.map { try GlobalOptions.date($0, option: "--end").start }
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
    let console = global.console
    let format = global.outputFormat
    var first = true
    var rows: [[String]] = []
    if format == .json { console.out("[") }
    if format == .csv {
      console.line("seq,client,type,version,occurredAt,recordedAt,actor,commandId,data")
    }
    try book.forEachEvent(matching: filter) { event in
      switch format {
      case .json:
        console.out((first ? "" : ",") + "\n" + Self.json(event).rendered)
      case .csv:
        console.line(
          Self.cells(event).map(RecordWriter.csvField).joined(separator: ","))
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
            "seq", "client", "type", "v", "occurred", "recorded", "actor", "command", "data",
          ],
          rows: rows))
    }
  }

  static func cells(_ event: StoredEvent) -> [String] {
    [
      String(event.seq.rawValue), event.stream.rawValue, event.type, String(event.typeVersion),
      event.occurredAt.description, event.recordedAt.description, event.actor,
      event.commandID.rawValue, event.payloadText,
    ]
  }

  static func json(_ event: StoredEvent) -> JSON {
    .object([
      .init("seq", .integer(event.seq.rawValue)),
      .init(
        "client", event.stream.rawValue.hasPrefix("$") ? .null : .string(event.stream.rawValue)),
      .init("type", .string(event.type)),
      .init("version", .integer(Int64(event.typeVersion))),
      .init("occurredAt", .string(event.occurredAt.description)),
      .init("recordedAt", .string(event.recordedAt.description)),
      .init("actor", .string(event.actor)),
      .init("commandId", .string(event.commandID.rawValue)),
      .init("data", data(event)),
    ])
  }

  /// The payload as JSON, money members as decimal strings like every other output.
  static func data(_ event: StoredEvent) -> JSON {
    guard let flat = FlatJSON(bytes: event.payload) else { return .string(event.payloadText) }
    return .object(
      flat.members.map { member in
        switch member.value {
        case .integer(let value):
          switch DomainEvent.field(member.key, ofType: event.type) {
          case .money: return .init(member.key, .string(Money(minorUnits: value).description))
          case .percentage: return .init(member.key, .number(Double(value) / 100))
          case .integer: return .init(member.key, .integer(value))
          }
        case .number(let value): return .init(member.key, .number(value))
        case .string(let value): return .init(member.key, .string(value))
        case .bool(let value): return .init(member.key, .bool(value))
        case .null: return .init(member.key, .null)
        }
      })
  }
}
