import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam show`: one client's figures and timeline.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one client: its figures, stages (entered, exited, time in stage) and events.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The client's slug.") var slug: String

  func validate() throws {
    try CLIError.validating {
      _ = try Parse.slug(slug)
      try global.refusingCSV("show", "use -O json, or `kam events \(slug) -O csv` for its events")
    }
  }

  func run() throws {
    let (book, view, row) = try global.clientRow(slug)
    let client = row.history.client
    let knownAt = try global.knownAtInstant()
    let visits = StageTimeline(row.history, through: view.date, policy: view.policy).visits
    var events: [StoredEvent] = []
    try book.forEachEvent(
      matching: EventFilter(
        stream: StreamID(client.rawValue), occurredBefore: view.date.adding(days: 1).start,
        recordedBy: knownAt)
    ) { events.append($0) }
    let console = global.console
    if global.outputFormat == .json {
      var members = ClientRows.record(row)
      members.append(.init("segment", row.history.segment.map { .string($0) } ?? .null))
      members.append(
        .init(
          "stages",
          .array(
            visits.map {
              .object([
                .init("stage", .string($0.stage.rawValue)),
                .init("entered", .string($0.entered.description)),
                .init("exited", $0.exited.map { .string($0.description) } ?? .null),
                .init("days", .integer($0.days)),
              ])
            })))
      members.append(
        .init(
          "events",
          .array(
            events.map {
              EventsCommand.json($0, retracted: row.history.isRetracted($0.seq.rawValue))
            })))
      console.line(JSON.object(members).rendered)
      return
    }
    let value = row.entry.value
    console.text(
      "\(row.history.name) (\(client))" + (row.history.owner.map { ", owner \($0)" } ?? ""))
    console.text(
      "stage \(row.stage.stage.rawValue), class \(row.entry.paretoClass.rawValue), "
        + "key account: \(row.entry.keyAccountReasons.isEmpty ? "no" : row.entry.keyAccountReasons.map(\.rawValue).joined(separator: ", "))"
        + (row.entry.quadrantLabel.map { ", quadrant \($0)" } ?? ""))
    console.text(
      "last \(view.policy.windowDays) days: revenue \(value.revenue), cost of goods \(value.cogs), "
        + "cost to serve \(value.costToServe), profit \(value.profit)")
    console.line("")
    console.out(
      RecordWriter.table(
        header: ["stage", "entered", "exited", "days"],
        rows: visits.map {
          [
            $0.stage.rawValue, $0.entered.description, $0.exited?.description ?? "",
            String($0.days),
          ]
        }))
    console.line("")
    console.out(
      RecordWriter.table(
        header: ["seq", "date", "type", "data"],
        rows: events.map { event in
          let retracted = row.history.isRetracted(event.seq.rawValue) ? " (retracted)" : ""
          return [
            String(event.seq.rawValue), event.occurredAt.date.description, event.type + retracted,
            EventData.words(event),
          ]
        }))
  }
}
