import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam attention`: how contact effort splits between acquisition and loyal clients.
struct AttentionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attention",
    abstract:
      "How meetings and cost to serve split between new acquisition and loyal clients, per owner and period.",
    discussion: """
      Acquisition: prospects, and clients in their first 180 days. The (team) rows add \
      every owner up.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "The length of a period.") var period: AttentionPeriod = .quarterly
  @Option(help: "Only this owner (or \"(team)\").") var owner: String?

  func run() throws {
    let book = try global.openBook()
    let knownAt = try global.knownAtInstant()
    let date = try global.evaluationDate()
    let report = AttentionReport(
      Array(try book.histories(knownAt: knownAt).values), through: date,
      policy: try book.policy(knownAt: knownAt), period: period)
    let rows = owner.map { report.rows(of: $0) } ?? report.rows
    RecordWriter(format: global.outputFormat, console: global.console).write(
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
