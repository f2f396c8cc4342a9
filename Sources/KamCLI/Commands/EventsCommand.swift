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
  @Option(
    help: ArgumentHelp(
      "Only events of this type (sale-recorded, or its start: sale); repeat for several.",
      valueName: "type"))
  var type: [String] = []
  @Option(help: ArgumentHelp("Only events written by this actor.", valueName: "actor"))
  var actor: String?
  @Option(
    help: ArgumentHelp(
      "Only events written by this command (the id kam prints after each one).",
      valueName: "id"))
  var command: String?

  func validate() throws {
    try CLIError.validating {
      _ = try slug.map { try Parse.slug($0) }
      _ = try GlobalOptions.period(begin: begin, end: end)
      _ = try selection()
    }
  }

  /// What --type, --actor and --command keep.
  func selection() throws -> EventSelection {
    for (option, value) in [("--actor", actor), ("--command", command)] where value == "" {
      throw CLIError.badValue(
        option, "", expected: option == "--actor" ? "an actor" : "a command id")
    }
    var types: Set<String>?
    if !type.isEmpty {
      types = []
      for text in type { types?.insert(try EventSelection.type(text)) }
    }
    return EventSelection(types: types, actor: actor, command: command)
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
    let selection = try selection()
    let book = try global.openBook()
    if let client { try Recorder(global: global).requireKnown(client, book) }
    let console = global.console
    let format = global.outputFormat
    // Nothing is printed before the first event: an unknown actor or command
    // is refused with nothing on stdout.
    var listed = 0
    var rows: [[String]] = []
    func start() {
      switch format {
      case .json: console.out("[")
      case .csv: console.line(Self.keys.joined(separator: ","))
      case .table: break
      }
    }
    try book.forEachEvent(matching: filter) { event in
      guard selection.matches(event) else { return }
      if listed == 0 { start() }
      switch format {
      case .json:
        console.out((listed == 0 ? "" : ",") + "\n" + Self.json(event).rendered)
      case .csv:
        console.line(
          Self.record(event).map { RecordWriter.csvField($0.value.cell) }.joined(separator: ","))
      case .table:
        rows.append(Self.cells(event))
      }
      listed += 1
    }
    if listed == 0 {
      try refuseUnknown(selection, book)
      start()
    }
    switch format {
    case .json: console.line(listed == 0 ? "]" : "\n]")
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

  /// An actor or command id no event in the book has is a mistake, not an
  /// empty answer: refused, with the nearest actor.
  func refuseUnknown(_ selection: EventSelection, _ book: Book) throws {
    guard selection.actor != nil || selection.command != nil else { return }
    var actors: Set<String> = []
    var commandKnown = false
    try book.forEachEvent(matching: EventFilter()) { event in
      actors.insert(event.actor)
      if event.commandID.rawValue == selection.command { commandKnown = true }
    }
    if let actor = selection.actor, !actors.contains(actor) {
      var message = "no event in the book was written by \"\(actor)\""
      if let near = SlugSuggester.nearest(to: actor, in: actors.sorted()) {
        message += " (did you mean \"\(near)\"?)"
      }
      throw CLIError(.usage, message)
    }
    if let command = selection.command, !commandKnown {
      throw CLIError(
        .usage, "no command \"\(command)\" in the book; kam events lists each event's command")
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
