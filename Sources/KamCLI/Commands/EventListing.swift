import KamDomain
import KamEventLog

/// Prints `kam events`' rows one at a time in any format, starting only with
/// the first: a listing refused after reading leaves nothing on stdout.
struct EventListing {
  let format: OutputFormat
  let console: Console
  let ledger: RetractionLedger
  /// How a table is laid out, and its title.
  let style: TableStyle
  let title: [String]
  /// How many events were printed.
  private(set) var count = 0
  private var rows: [[TableCell]] = []

  init(
    format: OutputFormat, console: Console, ledger: RetractionLedger, style: TableStyle,
    title: [String]
  ) {
    self.format = format
    self.console = console
    self.ledger = ledger
    self.style = style
    self.title = title
  }

  /// Prints one event (a table keeps its rows to align them at the end).
  mutating func add(_ event: StoredEvent) {
    if count == 0 { start() }
    let retracted = ledger.isRetracted(event.seq.rawValue)
    switch format {
    case .json:
      console.out(
        (count == 0 ? "" : ",") + "\n" + EventsCommand.json(event, retracted: retracted).rendered)
    case .csv:
      console.line(
        EventsCommand.record(event, retracted: retracted)
          .map { RecordWriter.csvField($0.value.cell) }.joined(separator: ","))
    case .table:
      rows.append(EventsCommand.cells(event, retracted: retracted))
    }
    count += 1
  }

  /// Ends the listing, an empty one with its header or brackets.
  mutating func finish() {
    if count == 0 { start() }
    switch format {
    case .json: console.line(count == 0 ? "]" : "\n]")
    case .csv: break
    case .table:
      console.startPager()
      console.out(
        style.renderer.render(
          PeopleTable(
            title: title, columns: EventsCommand.columns, rows: rows, empty: "(no events)")))
    }
  }

  private func start() {
    switch format {
    case .json: console.out("[")
    case .csv: console.line(EventsCommand.keys.joined(separator: ","))
    case .table: break
    }
  }
}
