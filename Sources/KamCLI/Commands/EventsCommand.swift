import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam events`: the raw log.
struct EventsCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "events",
    abstract: "Show the raw log, optionally for one client and a period.",
    discussion: """
      -p takes a period as hledger writes one (`-p 2026Q1`, `-p "last month"`); --begin \
      is inclusive and --end exclusive: `--begin 2026-01 --end 2026-04` is the first \
      quarter too. --known-at shows \
      the log as it stood at that instant. Money is printed as decimals (12,000.50 in \
      tables, "12000.50" in JSON and CSV) and \
      percentages as percentages (15%), never as the minor units and basis points \
      stored. In JSON and CSV, `version` is the event's version within its client's \
      stream (1, 2, 3, …) and `typeVersion` its payload's schema version. A retracted \
      event is marked "(retracted)" after its type (`retracted` in JSON and CSV), as \
      known at --known-at; an undo's retraction that a redo took back no longer counts.

      Examples:
        kam events acme
        kam events --begin 2026-01-01 --end 2026-04-01 --type sale
        kam events bolt --by occurred -O csv
        kam events -p "last month" --type meeting
        kam events --actor anna --known-at 2026-11-28T12:00:00Z
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Only this client's events.") var slug: String?
  @OptionGroup var period: PeriodOptions
  @Option(
    help: ArgumentHelp(
      "Only events of this type (sale-recorded, or its start: sale); repeat for several.",
      valueName: "type"))
  var type: [String] = []
  @Option(
    help: ArgumentHelp(
      "Only events written by this actor, or the one whose name starts so, in any case.",
      valueName: "actor"))
  var actor: String?
  @Option(
    help: ArgumentHelp(
      "Only events written by this command (the id kam prints after each one).",
      valueName: "id"))
  var command: String?
  @Option(
    help: ArgumentHelp(
      "List in the log's order (seq) or by business time (occurred).", valueName: "order"))
  var by: EventOrder = .seq

  func validate() throws {
    try CLIError.validating {
      _ = try slug.map { try Parse.slug($0) }
      _ = try period.expression(global)
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
    let period = try period.expression(global) ?? PeriodExpression(begin: nil, end: nil)
    filter.occurredFrom = period.begin?.start
    filter.occurredBefore = period.end?.start
    if global.asOf != nil {
      let limit = try global.evaluationDate().adding(days: 1).start
      filter.occurredBefore = min(filter.occurredBefore ?? limit, limit)
    }
    filter.recordedBy = try global.knownAtInstant()
    var selection = try selection()
    let book = try global.openBook()
    if let actor = selection.actor { selection.actor = try Self.actor(actor, in: book) }
    if let client { try Recorder(global: global).requireKnown(client, book) }
    var listing = EventListing(
      format: global.outputFormat, console: global.console,
      ledger: try Self.retractions(book, stream: filter.stream, knownAt: filter.recordedBy),
      style: global.tableStyle, title: try title(book, client: client, period: period))
    var held: [StoredEvent] = []
    try book.forEachEvent(matching: filter) { event in
      guard selection.matches(event) else { return }
      switch by {
      case .seq: listing.add(event)
      case .occurred: held.append(event)
      }
    }
    if by == .occurred {
      held.sort { ($0.occurredAt, $0.seq) < ($1.occurredAt, $1.seq) }
      for event in held { listing.add(event) }
    }
    if listing.count == 0 { try refuseUnknown(selection, book) }
    listing.finish()
  }

  /// The table's title: the book, the client, the period and the days asked about.
  func title(_ book: Book, client: ClientSlug?, period: PeriodExpression) throws -> [String] {
    var parts = ["Events in " + global.bookLabel]
    if let client { parts.append("client \(client)") }
    switch (period.begin, period.end) {
    case (let begin?, let end?): parts.append("occurred \(begin) to \(end.adding(days: -1))")
    case (let begin?, nil): parts.append("occurred from \(begin)")
    case (nil, let end?): parts.append("occurred before \(end)")
    case (nil, nil): break
    }
    if global.asOf != nil { parts.append("as of \(try global.evaluationDate())") }
    if let knownAt = try global.knownAtInstant() { parts.append("as known at \(knownAt)") }
    parts.append("Amounts in \(book.currency.rawValue)")
    return parts
  }

  /// The retractions recorded by `knownAt` in the stream (a retraction goes to
  /// its target's stream), whatever their business time.
  static func retractions(_ book: Book, stream: StreamID?, knownAt: Instant?) throws
    -> RetractionLedger
  {
    var ledger = RetractionLedger()
    try book.forEachEvent(matching: EventFilter(stream: stream, recordedBy: knownAt)) { event in
      guard event.type == EventRetracted.type, let json = FlatJSON(bytes: event.payload),
        let retraction = try? EventRetracted(json: json)
      else { return }
      ledger.record(event.seq.rawValue, retracting: retraction.seq)
    }
    return ledger
  }

  /// The actor `--actor` names: one who wrote an event in the book, or the start
  /// of exactly one, in any case (`tom` for `tomasz`); an unknown or ambiguous
  /// name is a mistake, not an empty answer, refused naming the candidates.
  static func actor(_ text: String, in book: Book) throws -> String {
    var actors: Set<String> = []
    try book.forEachEvent(matching: EventFilter()) { event in actors.insert(event.actor) }
    return try NameMatch(option: "--actor", plural: "actors") {
      "no event in the book was written by \"\($0)\""
    }.resolve(text, among: actors.sorted())
  }

  /// A command id no event in the book has is a mistake, not an empty answer.
  func refuseUnknown(_ selection: EventSelection, _ book: Book) throws {
    guard let command = selection.command else { return }
    var commandKnown = false
    try book.forEachEvent(matching: EventFilter()) { event in
      if event.commandID.rawValue == command { commandKnown = true }
    }
    if !commandKnown {
      throw CLIError(
        .usage, "no command \"\(command)\" in the book; kam events lists each event's command")
    }
  }
}
