import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam show`: one client's figures and timeline.
struct ShowCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one client: its figures, stages (entered, exited, time in stage) and events.",
    discussion: """
      Examples:
        kam show acme
        kam show bolt --as-of 2025-12-31
        kam show delta -O json
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The client's slug.") var slug: String

  func validate() throws {
    try CLIError.validating {
      _ = try Parse.slug(slug)
      try global.refusingCSV("show", "use -O json, or `kam events \(slug) -O csv` for its events")
    }
  }

  func run() throws {
    let (book, view, history) = try global.clientListing(slug)
    let row = view.rows[0]
    let client = history.client
    let knownAt = try global.knownAtInstant()
    let visits = StageTimeline(history, through: view.date, policy: view.policy).visits
    var events: [StoredEvent] = []
    try book.forEachEvent(
      matching: EventFilter(
        stream: StreamID(client.rawValue), occurredBefore: view.date.adding(days: 1).start,
        recordedBy: knownAt)
    ) { events.append($0) }
    let console = global.console
    if global.outputFormat == .json {
      var members = ClientRows.record(row)
      members.append(.init("segment", row.segment.map { .string($0) } ?? .null))
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
              EventsCommand.json($0, retracted: history.isRetracted($0.seq.rawValue))
            })))
      console.line(JSON.object(members))
      return
    }
    let value = row.value
    let renderer = global.tableStyle.renderer
    let window = ValueWindow(endingOn: view.date, policy: view.policy)
    var title = try global.titleParts(
      "\(row.name) (\(client))", date: view.date, currency: book.currency)
    title.insert(
      contentsOf: (row.owner.map { ["owner \($0)"] } ?? [])
        + (row.segment.map { ["segment \($0)"] } ?? []), at: 1)
    var lines = renderer.titleLines(title)
    lines += renderer.titleLines(
      [
        "Stage \(row.stage.rawValue)", "Pareto class \(row.paretoClass.rawValue)",
        "key account: "
          + (row.keyAccountReasons.isEmpty
            ? "no" : row.keyAccountReasons.map(\.rawValue).joined(separator: ", ")),
      ] + (row.quadrantLabel.map { ["quadrant \($0)"] } ?? []))
    lines += renderer.titleLines([
      "Value over \(window.first) to \(window.end) (\(window.days) days)",
      "revenue \(NumberText.grouped(value.revenue))",
      "cost of goods \(NumberText.grouped(value.cogs))",
      "cost to serve \(NumberText.grouped(value.costToServe))",
      "profit \(NumberText.grouped(value.profit))",
    ])
    console.startPager()
    console.out(lines.map { renderer.fitted($0) + "\n" }.joined())
    console.line("")
    console.out(
      renderer.render(
        PeopleTable(
          title: ["Stages"],
          columns: [
            TableColumn("Stage", priority: 0), TableColumn("Entered", priority: 1),
            TableColumn("Exited", priority: 2), TableColumn("Days", priority: 3),
          ],
          rows: visits.map {
            [
              .text($0.stage.rawValue), .date($0.entered), $0.exited.map { .date($0) } ?? .empty,
              .count($0.days),
            ]
          }, empty: "(no stages)")))
    console.line("")
    console.out(
      renderer.render(
        PeopleTable(
          title: ["Events"],
          columns: [
            TableColumn("Seq", priority: 0), TableColumn("Occurred", priority: 1),
            TableColumn("Type", priority: 2, shrinksTo: 16),
            TableColumn("Data", priority: 3, shrinksTo: 30, fills: true),
          ],
          rows: events.map { event in
            let retracted = history.isRetracted(event.seq.rawValue)
            return [
              .figure(String(event.seq.rawValue)), .date(event.occurredAt.date),
              retracted ? .marked(event.type, mark: "(retracted)") : .text(event.type),
              .text(EventData.words(event)),
            ]
          }, empty: "(no events)")))
  }
}
