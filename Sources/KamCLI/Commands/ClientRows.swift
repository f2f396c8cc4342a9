import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// The rows `kam clients` and `kam key-accounts` print.
struct ClientRows {
  let global: GlobalOptions
  /// The period whose figures replace the trailing window's, when one is asked for.
  let period: PeriodOptions

  /// Prints `rows` of `view` that `selection` keeps, in `order`; a table is
  /// titled `what`, with the selection and the book's currency. Over a period, revenue,
  /// costs and profit are the period's (and rank the rows by profit); the rest is `view`'s day.
  func write(
    _ rows: [ClientListing], of view: BookListing<ClientListing>, book: Book, what: String,
    empty: String,
    selection: ClientSelection, order: ClientOrder
  ) throws {
    let owners = selection.names(of: view.rows)
    let keep = try selection.filter(owners: owners)
    let asked = try period.valueWindow(global, on: view.date)
    var rows = selection.narrows ? rows.filter(keep) : rows
    if let asked { rows = try Self.over(asked.window, rows, book: book, global: global) }
    let cut: [String]
    (rows, cut) = selection.limited(order.sorted(rows))
    guard global.outputFormat == .table else {
      global.writer.write(rows, empty: empty, record: Self.record)
      return
    }
    var title = try global.titleParts(what, date: view.date, currency: book.currency)
    title.insert(asked?.title ?? GlobalOptions.windowPart(view.date, policy: view.policy), at: 2)
    selection.mark(
      &title, owners: owners, order: order == .profit ? nil : order.rawValue, cut: cut)
    global.printTable(
      PeopleTable(
        title: title, columns: Self.columns, rows: rows.map(Self.cells), empty: empty))
  }

  /// `rows` with the value of each over `window`, by its profit highest first (ties keep
  /// the portfolio's order).
  static func over(
    _ window: ValueWindow, _ rows: [ClientListing], book: Book, global: GlobalOptions
  ) throws -> [ClientListing] {
    let values = Dictionary(
      try book.values(in: window, knownAt: try global.knownAtInstant()).map { ($0.client, $0) },
      uniquingKeysWith: { first, _ in first })
    let valued = rows.map { row in
      var row = row
      row.value = values[row.client] ?? .zero(row.client)
      return row
    }
    return Array(valued.enumerated()).sorted { a, b in
      let (x, y) = (a.element.value.profit, b.element.value.profit)
      return x != y ? x > y : a.offset < b.offset
    }.map(\.element)
  }

  /// The columns of the table, the client, stage and profit kept longest.
  static let columns = [
    TableColumn("Client", priority: 0, shrinksTo: 14),
    TableColumn("Name", priority: 6, shrinksTo: 12),
    TableColumn("Stage", priority: 1),
    TableColumn("Revenue", priority: 5, totalled: true),
    TableColumn("Cost of goods", short: "COGS", priority: 9, totalled: true),
    TableColumn("Cost to serve", short: "Serve", priority: 8, totalled: true),
    TableColumn("Profit", priority: 2, totalled: true),
    TableColumn("Pareto class", short: "Class", priority: 3),
    TableColumn("Key-account reasons", short: "Key", priority: 7, shrinksTo: 10),
    TableColumn("Churn risk", short: "Risk", priority: 4),
    TableColumn("Owner", priority: 10, shrinksTo: 10),
    TableColumn("Quadrant", priority: 11, shrinksTo: 10),
  ]

  /// A client's cells, in the order of ``columns``.
  static func cells(_ row: ClientListing) -> [TableCell] {
    let value = row.value
    return [
      .text(row.client.rawValue),
      .text(row.name.isEmpty ? row.client.rawValue : row.name),
      .text(row.stage.rawValue),
      .money(value.revenue), .money(value.cogs), .money(value.costToServe), .money(value.profit),
      .text(row.paretoClass.rawValue),
      .text(row.keyAccountReasons.map(\.rawValue).joined(separator: ", ")),
      row.churnRisk.map { .figure(RiskText.percent($0)) } ?? .empty,
      row.owner.map { .text($0) } ?? .empty,
      row.quadrantLabel.map { .text($0) } ?? .empty,
    ]
  }

  static func record(_ row: ClientListing) -> [JSON.Member] {
    let value = row.value
    return [
      .init("client", .string(row.client.rawValue)),
      .init(
        "name", .string(row.name.isEmpty ? row.client.rawValue : row.name)),
      .init("stage", .string(row.stage.rawValue)),
      .init("revenue", .string(value.revenue.description)),
      .init("cogs", .string(value.cogs.description)),
      .init("costToServe", .string(value.costToServe.description)),
      .init("profit", .string(value.profit.description)),
      .init("paretoClass", .string(row.paretoClass.rawValue)),
      .init("keyAccountReasons", .array(row.keyAccountReasons.map { .string($0.rawValue) })),
      .init("churnRisk", row.churnRisk.map { .number(RiskCommand.rounded($0)) } ?? .null),
      .init("unprofitable", .bool(value.unprofitable)),
      .init("quadrant", row.quadrantLabel.map { .string($0) } ?? .null),
      .init("owner", row.owner.map { .string($0) } ?? .null),
    ]
  }
}
