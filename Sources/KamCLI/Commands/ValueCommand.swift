import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam value`: profitability per client, the whale curve's data.
struct ValueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "value",
    abstract: "Profitability per client and cumulative profit share (the whale curve's data).",
    discussion: """
      Sorted by profit, highest first. cumulativeProfitShare is the running total over \
      the book's total profit, so it can pass 100 % before the unprofitable tail gives \
      some back (see docs/value.md).
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let book = try global.openBook()
    let date = try global.evaluationDate()
    let curve = try book.whaleCurve(on: date, knownAt: try global.knownAtInstant())
    RecordWriter(format: global.outputFormat, console: global.console).write(
      curve.rows.map { row in
        [
          .init("client", .string(row.client.rawValue)),
          .init("revenue", .string(row.revenue.description)),
          .init("cogs", .string(row.cogs.description)),
          .init("costToServe", .string(row.costToServe.description)),
          .init("profit", .string(row.profit.description)),
          .init("cumulativeProfitShare", .number(Self.rounded(row.cumulativeProfitShare))),
        ]
      }, empty: "(no clients)")
  }

  /// Six decimals: enough for a curve, and stable in tests.
  static func rounded(_ share: Double) -> Double { (share * 1_000_000).rounded() / 1_000_000 }
}
