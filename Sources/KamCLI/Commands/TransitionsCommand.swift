import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam transitions`: stage changes over time.
struct TransitionsCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "transitions",
    abstract: "List stage transitions over time, or count them per period.",
    discussion: """
      -p takes a period as hledger writes one; --begin is inclusive and --end exclusive: \
      `--from cooperation --to partnership -p 2026Q3` answers "who moved from cooperation \
      to partnership last quarter". Transitions caused by passing time (a sale leaving the \
      365-day window, a complaint turning stale) are dated on the day they happen. \
      --summary counts them per --interval (a quarter unless told) and stage pair, with \
      its net flow (moves up the pyramid minus moves down) and the median days the clients \
      had spent in the stage they left.

      Examples:
        kam transitions
        kam transitions --from cooperation --to partnership -p 2026Q3
        kam transitions --client acme -O csv
        kam transitions --summary --interval yearly
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "Only this client.") var client: String?
  @Option(help: ArgumentHelp("Only transitions from this stage.", valueName: "stage"))
  var from: Stage?
  @Option(help: ArgumentHelp("Only transitions to this stage.", valueName: "stage"))
  var to: Stage?
  @OptionGroup var period: PeriodOptions
  @Flag(help: "Count transitions between stages per interval instead of listing them.")
  var summary = false
  @Option(help: "What --summary counts per: a month, quarter or year (default: quarterly).")
  var interval: CalendarPeriod?

  func validate() throws {
    try CLIError.validating {
      _ = try client.map { try Parse.slug($0) }
      _ = try period.expression(global, intervals: interval == nil)
      if let counted = period.interval(interval, noting: nil), !summary {
        let given =
          interval != nil
          ? "--interval \(counted.rawValue)"
          : "--period \(counted.rawValue) (now --interval \(counted.rawValue))"
        throw CLIError(
          .usage,
          "\(given) means nothing without --summary: it is what transitions are counted per"
        )
      }
    }
  }

  func run() throws {
    var query = TransitionQuery(asOf: try global.evaluationDate())
    query.client = try client.map { try Parse.slug($0) }
    query.from = from
    query.to = to
    let asked = try period.expression(global, intervals: interval == nil)
    (query.begin, query.end) = (asked?.begin, asked?.end)
    let interval = period.interval(interval, noting: global.console) ?? .quarterly
    let book = try global.openBook()
    if let client = query.client { try Recorder(global: global).requireKnown(client, book) }
    let transitions =
      try global.knownAtInstant().map { try book.transitions(query, knownAt: $0) }
      ?? book.transitions(query)
    let writer = global.writer
    if summary {
      // Days in the stage left need each client's previous transition, whatever the filters.
      var all = TransitionQuery(asOf: query.asOf)
      all.client = query.client
      let unfiltered =
        try global.knownAtInstant().map { try book.transitions(all, knownAt: $0) }
        ?? book.transitions(all)
      let counted = TransitionSummary(
        transitions, period: interval, among: unfiltered)
      if global.outputFormat == .table {
        global.printTable(
          PeopleTable(
            title: try title(query) + ["counted \(interval.rawValue)"],
            columns: [
              TableColumn("Period", priority: 0), TableColumn("From", priority: 1),
              TableColumn("To", priority: 2), TableColumn("Count", priority: 3),
              TableColumn("Net flow", short: "Net", priority: 4),
              TableColumn("Median days in from", short: "Days in from", priority: 5),
            ],
            rows: counted.rows.map { row in
              [
                .text(row.period), .text(row.from?.rawValue ?? "(none)"), .text(row.to.rawValue),
                .count(Int64(row.count)), .count(row.netFlow),
                row.medianDaysInFrom.map { .count($0) } ?? .empty,
              ]
            }, empty: "(no transitions)"))
        return
      }
      writer.write(
        counted.rows.map { row in
          [
            .init("period", .string(row.period)),
            .init("from", row.from.map { .string($0.rawValue) } ?? .null),
            .init("to", .string(row.to.rawValue)), .init("count", .integer(Int64(row.count))),
            .init("netFlow", .integer(row.netFlow)),
            .init("medianDaysInFrom", row.medianDaysInFrom.map { .integer($0) } ?? .null),
          ]
        }, empty: "(no transitions)")
      return
    }
    if global.outputFormat == .json {
      global.console.line(jsonArray: transitions, Self.json)
      return
    }
    if global.outputFormat == .table {
      let causes = try CauseText(
        transitions.map(\.transition), book: book, knownAt: try global.knownAtInstant())
      global.printTable(
        PeopleTable(
          title: try title(query),
          columns: [
            TableColumn("Client", priority: 0, shrinksTo: 14), TableColumn("From", priority: 2),
            TableColumn("To", priority: 1), TableColumn("On", priority: 3),
            TableColumn("Rule", priority: 5, shrinksTo: 16),
            TableColumn("Cause", priority: 4, shrinksTo: 24, fills: true),
          ],
          rows: transitions.map { item in
            [
              .text(item.client.rawValue), .text(item.transition.from?.rawValue ?? "(none)"),
              .text(item.transition.to.rawValue), .date(item.transition.on),
              .text(item.transition.rule),
              .text(causes.text(item.transition)),
            ]
          }, empty: "(no transitions)"))
      return
    }
    writer.write(
      transitions.map { item in
        [
          .init("client", .string(item.client.rawValue)),
          .init("from", .string(item.transition.from?.rawValue ?? "")),
          .init("to", .string(item.transition.to.rawValue)),
          .init("on", .string(item.transition.on.description)),
          .init("rule", .string(item.transition.rule)),
          .init("seq", item.transition.causeSeq.map { .integer($0) } ?? .null),
        ]
      }, empty: "(no transitions)")
  }

  /// The table's title: the book, the day, and the client, stages and period asked about.
  func title(_ query: TransitionQuery) throws -> [String] {
    var parts = try global.titleParts("Stage transitions", date: query.asOf, currency: nil)
    if let client = query.client { parts.append("client \(client)") }
    if from != nil || to != nil {
      parts.append("from \(from?.rawValue ?? "any stage") to \(to?.rawValue ?? "any stage")")
    }
    switch (query.begin, query.end) {
    case (let begin?, let end?): parts.append("\(begin) to \(end.adding(days: -1))")
    case (let begin?, nil): parts.append("from \(begin)")
    case (nil, let end?): parts.append("before \(end)")
    case (nil, nil): break
    }
    return parts
  }

  static func json(_ item: ClientTransition) -> JSON {
    var cause: [JSON.Member] = [.init("rule", .string(item.transition.rule))]
    if let seq = item.transition.causeSeq { cause.append(.init("seq", .integer(seq))) }
    cause.append(.init("policyVersion", .integer(Int64(item.transition.policyVersion))))
    return .object([
      .init("client", .string(item.client.rawValue)),
      .init("from", item.transition.from.map { .string($0.rawValue) } ?? .null),
      .init("to", .string(item.transition.to.rawValue)),
      .init("on", .string(item.transition.on.description)),
      .init("cause", .object(cause)),
    ])
  }
}
