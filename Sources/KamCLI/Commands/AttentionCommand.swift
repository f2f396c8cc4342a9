import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam attention`: how contact effort splits between acquisition and loyal clients.
struct AttentionCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "attention",
    abstract:
      "How meetings and cost to serve split between new acquisition and loyal clients, per owner and period.",
    discussion: """
      Acquisition: prospects, and clients in their first 180 days. The (team) rows add \
      every owner up. --interval is how long a row's period is (a quarter unless told); \
      -p (or --begin/--end) keeps the meetings of a period, as hledger writes one.

      Examples:
        kam attention
        kam attention --interval monthly --owner anna
        kam attention -p 2026 --interval quarterly
        kam attention --as-of 2026-06-30 -O json
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "The length of a row's period (default: quarterly).") var interval: CalendarPeriod?
  @OptionGroup var period: PeriodOptions
  @Option(help: "Only this owner (a unique start of the name will do), or \"(team)\".")
  var owner: String?

  func validate() throws {
    try CLIError.validating { _ = try period.expression(global, intervals: interval == nil) }
  }

  func run() throws {
    let book = try global.openBook()
    let knownAt = try global.knownAtInstant()
    let date = try global.evaluationDate()
    let asked = try period.expression(global, intervals: interval == nil)
    let interval = period.interval(interval, noting: global.console) ?? .quarterly
    let last = asked?.end.map { min(date, $0.adding(days: -1)) } ?? date
    let report = try book.attention(
      through: last, period: interval, since: asked?.begin, knownAt: knownAt)
    // The owner typed as kam clients takes it (`anna`); an unknown one is refused, not empty.
    let owner = try self.owner.map { typed -> String in
      if typed == AttentionReport.team { return typed }
      let owners = try book.owners(knownOn: date, knownAt: knownAt)
      return try ClientSelection.owner(typed, among: owners) ?? AttentionReport.unassigned
    }
    let rows = owner.map { report.rows(of: $0) } ?? report.rows
    if global.outputFormat == .table {
      var title = try global.titleParts("Attention", date: date, currency: book.currency)
      title.insert("by \(interval.rawValue.dropLast(2))", at: 2)
      if let asked { title.insert("meetings \(asked.titleText)", at: 3) }
      title.insert("acquisition: prospects and clients in their first 180 days", at: 3)
      global.printTable(
        PeopleTable(
          title: title,
          columns: [
            TableColumn("Owner", priority: 0, shrinksTo: 12), TableColumn("Period", priority: 1),
            TableColumn("Acquisition meetings", short: "Acq. mtgs", priority: 3),
            TableColumn("Loyal meetings", short: "Loyal mtgs", priority: 4),
            TableColumn("Acquisition share", short: "Acq. share", priority: 2),
            TableColumn("Acquisition cost", short: "Acq. cost", priority: 6),
            TableColumn("Loyal cost", priority: 7),
            TableColumn("Acquisition cost share", short: "Acq. cost %", priority: 5),
          ],
          rows: rows.map { row in
            [
              .text(row.owner), .text(row.period), .count(Int64(row.acquisitionMeetings)),
              .count(Int64(row.loyalMeetings)), row.acquisitionShare.map { .share($0) } ?? .empty,
              .money(row.acquisitionCost), .money(row.loyalCost),
              row.acquisitionCostShare.map { .share($0) } ?? .empty,
            ]
          }, empty: "(no meetings)"))
      return
    }
    global.writer.write(
      rows.map { row in
        [
          .init("owner", .string(row.owner)), .init("period", .string(row.period)),
          .init("acquisitionMeetings", .integer(Int64(row.acquisitionMeetings))),
          .init("loyalMeetings", .integer(Int64(row.loyalMeetings))),
          .init(
            "acquisitionShare",
            row.acquisitionShare.map { .number(RiskCommand.rounded($0)) } ?? .null),
          .init("acquisitionCost", .string(row.acquisitionCost.description)),
          .init("loyalCost", .string(row.loyalCost.description)),
          .init(
            "acquisitionCostShare",
            row.acquisitionCostShare.map { .number(RiskCommand.rounded($0)) } ?? .null),
        ]
      }, empty: "(no meetings)")
  }
}
