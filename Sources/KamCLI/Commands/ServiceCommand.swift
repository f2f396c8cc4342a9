import ArgumentParser
import KamBook
import KamDomain
import KamTime

/// `kam service`: the service each client received against what it is worth.
struct ServiceCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "service",
    abstract:
      "Service received against value per client (over-served, under-served, balanced); --by owner: each owner's split and a what-if.",
    discussion: """
      Service is counted in the period (-p, or --begin inclusive and --end exclusive; by default \
      the 91 days ending on --as-of or today): meetings, their minutes, cost to serve \
      (meetings and complaint handling). Value is the client's on the period's last day: \
      profit over the policy's window, Pareto class, key-account reasons, stage. \
      Over-served: sold at a loss after cost to serve (unless strategic), or a client \
      outside the key accounts met as often as key accounts usually are while its share \
      of its owner's minutes is at least serviceOverFactor (4) times its share of the \
      owner's profit. Under-served: a key or class B client met fewer times than \
      serviceUnderShare of its tier's usual (the median), or not met for more than \
      serviceGapFactor times its own usual gap. effortShare and valueShare are shares of \
      the owner's minutes and positive profit. --by owner splits each owner's minutes \
      between acquisition and the Pareto classes and suggests hours a quarter to move \
      from over- to under-served clients: a what-if, nothing is recorded \
      (see docs/service.md).

      Examples:
        kam service
        kam service --owner anna -p 2026Q3
        kam service --by owner -O json
      """)

  /// What `--by` groups by.
  enum Grouping: String, ExpressibleByArgument, CaseIterable {
    case owner
  }

  @OptionGroup var global: GlobalOptions
  @Option(help: "Only this owner's clients (\"(unassigned)\" for clients without one).")
  var owner: String?
  @Option(help: "One row per owner instead of per client.") var by: Grouping?
  @OptionGroup var periodOptions: PeriodOptions

  func validate() throws {
    try CLIError.validating {
      let asked = try periodOptions.expression(global)
      // Value is read on the period's last day: with --end, --as-of would mean nothing.
      if let end = periodOptions.endSource(asked), global.asOf != nil {
        throw CLIError(
          .usage,
          "--as-of means nothing with \(end): value, class and stage are read on the period's last day"
        )
      }
    }
  }

  func run() throws {
    let period = try self.period()
    let book = try global.openBook()
    let knownAt = try global.knownAtInstant()
    let last = period.upperBound.adding(days: -1)
    // Typed as kam clients takes it (`anna`); "(unassigned)" stays itself here, a row's owner.
    let owner = try self.owner.map { typed in
      try ClientSelection.owner(typed, among: try book.owners(knownOn: last, knownAt: knownAt))
        ?? AttentionReport.unassigned
    }
    let report = try book.service(in: period, knownAt: knownAt)
    let label = "\(period.lowerBound) to \(last)"
    let console = global.console
    let writer = global.writer
    var title = try global.titleParts("Service", date: last, currency: book.currency)
    title[1] = "value " + title[1]
    title.insert(label, at: 1)
    if let owner { title.insert("owner \(owner)", at: 1) }
    let empty = "(no clients served or buying in \(label))"
    if by == .owner {
      let owners = report.owners.filter { row in owner.map { $0 == row.owner } ?? true }
      if global.outputFormat == .json {
        console.line(jsonArray: owners, Self.json)
        return
      }
      if global.outputFormat == .table {
        title.append("suggestions are what-ifs, nothing is recorded")
        global.printTable(
          PeopleTable(
            title: title, columns: Self.ownerColumns, rows: owners.map(Self.cells), empty: empty))
        return
      }
      writer.write(owners.map { Self.flat($0, forPeople: false) }, empty: empty)
      return
    }
    let rows = report.rows.filter { row in owner.map { $0 == row.owner } ?? true }
    if global.outputFormat == .table {
      global.printTable(
        PeopleTable(title: title, columns: Self.columns, rows: rows.map(Self.cells), empty: empty))
      return
    }
    writer.write(rows.map(Self.members), empty: empty)
  }

  /// The columns of a client's row: the client, its verdict and the reason kept longest.
  static let columns = [
    TableColumn("Client", priority: 0, shrinksTo: 14),
    TableColumn("Owner", priority: 5, shrinksTo: 10),
    TableColumn("Stage", priority: 8),
    TableColumn("Pareto class", short: "Class", priority: 4),
    TableColumn("Profit", priority: 6, totalled: true),
    TableColumn("Cost to serve", short: "Serve", priority: 7, totalled: true),
    TableColumn("Meetings", short: "Mtgs", priority: 9),
    TableColumn("Minutes", short: "Min", priority: 10),
    TableColumn("Effort share", short: "Effort", priority: 3),
    TableColumn("Value share", short: "Value", priority: 3),
    TableColumn("Verdict", priority: 1),
    TableColumn("Reason", priority: 2, shrinksTo: 20, fills: true),
  ]

  /// A client's cells, in the order of ``columns``.
  static func cells(_ row: ServiceRow) -> [TableCell] {
    [
      .text(row.client.rawValue), .text(row.owner), .text(row.stage.rawValue),
      .text(row.paretoClass.rawValue), .money(row.profit), .money(row.costToServe),
      .count(Int64(row.meetings)), .count(row.minutes), .share(row.effortShare),
      .share(row.valueShare), .text(row.verdict.rawValue), .text(row.reason),
    ]
  }

  /// The columns of an owner's row.
  static let ownerColumns = [
    TableColumn("Owner", priority: 0, shrinksTo: 12), TableColumn("Clients", priority: 2),
    TableColumn("Minutes", priority: 3), TableColumn("Acquisition", short: "Acq.", priority: 4),
    TableColumn("Class A", short: "A", priority: 5),
    TableColumn("Class B", short: "B", priority: 5),
    TableColumn("Class C", short: "C", priority: 5),
    TableColumn("Suggestion", priority: 1, shrinksTo: 30, fills: true),
  ]

  /// An owner's cells, in the order of ``ownerColumns``.
  static func cells(_ row: ServiceOwnerRow) -> [TableCell] {
    func share(_ value: Double?) -> TableCell { value.map { .share($0) } ?? .empty }
    return [
      .text(row.owner), .count(Int64(row.clients)), .count(row.minutes),
      share(row.acquisitionShare), share(row.shareByClass[.a]), share(row.shareByClass[.b]),
      share(row.shareByClass[.c]), row.suggestion.map { .text($0.text) } ?? .empty,
    ]
  }

  /// The period asked for: `--period` or `--begin`/`--end`, each end defaulting from the
  /// other or from the evaluation day (91 days ending on it).
  func period() throws -> Range<CalendarDate> {
    try global.period(try periodOptions.expression(global))
  }

  /// Refuses an owner no client has, with the nearest name.
  static func members(_ row: ServiceRow) -> [JSON.Member] {
    [
      .init("client", .string(row.client.rawValue)), .init("owner", .string(row.owner)),
      .init("stage", .string(row.stage.rawValue)),
      .init("paretoClass", .string(row.paretoClass.rawValue)),
      .init("profit", .string(row.profit.description)),
      .init("costToServe", .string(row.costToServe.description)),
      .init("meetings", .integer(Int64(row.meetings))), .init("minutes", .integer(row.minutes)),
      .init("effortShare", .number(ValueCommand.rounded(row.effortShare))),
      .init("valueShare", .number(ValueCommand.rounded(row.valueShare))),
      .init("verdict", .string(row.verdict.rawValue)), .init("reason", .string(row.reason)),
    ]
  }

  static func json(_ row: ServiceOwnerRow) -> JSON {
    .object([
      .init("owner", .string(row.owner)), .init("clients", .integer(Int64(row.clients))),
      .init("minutes", .integer(row.minutes)),
      .init(
        "acquisitionShare",
        row.acquisitionShare.map { .number(ValueCommand.rounded($0)) } ?? .null),
      .init(
        "shareByClass",
        row.shareByClass.isEmpty
          ? .null
          : .object(
            ParetoClass.allCases.map {
              .init($0.rawValue, .number(ValueCommand.rounded(row.shareByClass[$0] ?? 0)))
            })),
      .init("suggestion", row.suggestion.map { .string($0.text) } ?? .null),
    ])
  }

  /// An owner's row as one table or CSV line: shares as percentages for people, as
  /// numbers in CSV.
  static func flat(_ row: ServiceOwnerRow, forPeople: Bool) -> [JSON.Member] {
    func share(_ value: Double?) -> JSON {
      guard let value else { return forPeople ? .string("") : .null }
      return forPeople ? .string(RiskText.percent(value)) : .number(ValueCommand.rounded(value))
    }
    return [
      .init("owner", .string(row.owner)), .init("clients", .integer(Int64(row.clients))),
      .init("minutes", .integer(row.minutes)),
      .init("acquisition", share(row.acquisitionShare)),
      .init("A", share(row.shareByClass[.a])), .init("B", share(row.shareByClass[.b])),
      .init("C", share(row.shareByClass[.c])),
      .init(
        "suggestion", row.suggestion.map { .string($0.text) } ?? (forPeople ? .string("") : .null)),
    ]
  }
}
