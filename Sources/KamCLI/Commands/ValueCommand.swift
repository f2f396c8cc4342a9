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
      some back (see docs/value.md). The figures are over the policy's trailing window \
      ending on --as-of or today, or over -p (or --begin/--end), cut at that day.

      Examples:
        kam value
        kam value -p 2026Q3 --sort revenue
        kam value --segment retail --sort revenue
        kam value --as-of 2025-12-31 -O csv
      """)

  /// The orders `kam value` can list in; the cumulative share stays the whale curve's.
  enum Order: String, ExpressibleByArgument, CaseIterable {
    /// Profit, highest first: the whale curve's order (the default).
    case profit
    /// Revenue, highest first.
    case revenue
    /// Cost to serve, highest first.
    case costToServe = "cost-to-serve"
    /// By slug, a to z.
    case client
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var selection: ClientSelection
  @OptionGroup var period: PeriodOptions
  @Option(help: "The order to list in (default: profit, the whale curve's).")
  var sort: Order = .profit

  func validate() throws {
    try CLIError.validating { _ = try period.expression(global) }
  }

  func run() throws {
    let book = try global.openBook()
    let date = try global.evaluationDate()
    let knownAt = try global.knownAtInstant()
    let asked = try period.valueWindow(global, on: date)
    let curve =
      try asked.map { try book.whaleCurve(in: $0.window, knownAt: knownAt) }
      ?? book.whaleCurve(on: date, knownAt: knownAt)
    var rows = curve.rows
    var selected: [String] = []
    if selection.owner != nil || selection.narrows {
      // Owners, stages and classes are the listing's; the curve has values alone.
      let listing = try book.listing(on: date, knownAt: knownAt)
      let owners = selection.names(of: listing.rows)
      let keep = try selection.filter(owners: owners)
      let kept = Set(listing.rows.filter(keep).map(\.client))
      rows = rows.filter { kept.contains($0.client) }
      selected = selection.titleParts(owners: owners)
    }
    switch sort {
    case .profit: break
    case .revenue: rows = Self.sorted(rows) { ($0.revenue, $1.revenue) }
    case .costToServe: rows = Self.sorted(rows) { ($0.costToServe, $1.costToServe) }
    case .client:
      rows = Array(rows.enumerated()).sorted { (a, b) in
        a.element.client.rawValue < b.element.client.rawValue
      }.map(\.element)
    }
    let cut: [String]
    (rows, cut) = selection.limited(rows)
    guard global.outputFormat == .table else {
      global.writer.write(rows, empty: "(no clients)") { row in
        [
          .init("client", .string(row.client.rawValue)),
          .init("revenue", .string(row.revenue.description)),
          .init("cogs", .string(row.cogs.description)),
          .init("costToServe", .string(row.costToServe.description)),
          .init("profit", .string(row.profit.description)),
          .init("cumulativeProfitShare", .number(Self.rounded(row.cumulativeProfitShare))),
        ]
      }
      return
    }
    var title = try global.titleParts("Value per client", date: date, currency: book.currency)
    title.insert(
      try asked?.title ?? GlobalOptions.windowPart(date, policy: try book.policy(knownAt: knownAt)),
      at: 2)
    title.insert(contentsOf: selected, at: 1)
    if sort != .profit { title.insert("by \(sort.rawValue)", at: title.count - 1) }
    title.insert(contentsOf: cut, at: title.count - 1)
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
        rows: rows.map { row in
          [
            .text(row.client.rawValue), .money(row.revenue), .money(row.cogs),
            .money(row.costToServe), .money(row.profit), .share(row.cumulativeProfitShare),
          ]
        }, empty: "(no clients)"))
  }

  /// `rows` by the money `key` gives, highest first; ties keep the curve's order.
  static func sorted<Row>(_ rows: [Row], by key: (Row, Row) -> (Money, Money)) -> [Row] {
    Array(rows.enumerated()).sorted { a, b in
      let (x, y) = key(a.element, b.element)
      return x != y ? x > y : a.offset < b.offset
    }.map(\.element)
  }

  /// Six decimals: enough for a curve, and stable in tests.
  static func rounded(_ share: Double) -> Double { (share * 1_000_000).rounded() / 1_000_000 }
}
