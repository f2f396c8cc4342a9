import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam value`: profitability per client, the whale curve's data.
struct ValueCommand: ParsableCommand, PrintsTables {
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
    let knownAt = try global.knownAtInstant()
    let curve = try book.whaleCurve(on: date, knownAt: knownAt)
    guard global.outputFormat == .table else {
      global.writer.write(
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
      return
    }
    var title = try global.titleParts("Value per client", date: date, currency: book.currency)
    title.insert(
      GlobalOptions.windowPart(date, policy: try book.policy(knownAt: knownAt)), at: 2)
    global.printTable(
      PeopleTable(
        title: title,
        columns: [
          TableColumn("Client", priority: 0, shrinksTo: 14),
          TableColumn("Revenue", priority: 3, totalled: true),
          TableColumn("Cost of goods", short: "COGS", priority: 5, totalled: true),
          TableColumn("Cost to serve", short: "Serve", priority: 4, totalled: true),
          TableColumn("Profit", priority: 1, totalled: true),
          TableColumn("Cumulative profit share", short: "Cum. share", priority: 2),
        ],
        rows: curve.rows.map { row in
          [
            .text(row.client.rawValue), .money(row.revenue), .money(row.cogs),
            .money(row.costToServe), .money(row.profit), .share(row.cumulativeProfitShare),
          ]
        }, empty: "(no clients)"))
  }

  /// Six decimals: enough for a curve, and stable in tests.
  static func rounded(_ share: Double) -> Double { (share * 1_000_000).rounded() / 1_000_000 }
}
