import KamDomain

/// Revenue straight from the client histories: the total, how concentrated
/// it is, and the biggest clients.
struct DemoRevenueSection: DemoSection {
  /// One of the biggest clients.
  struct Top {
    var client: String
    var name: String
    var revenue: Money
    var share: Double
  }

  var total = Money.zero
  var cogs = Money.zero
  /// Share of revenue brought by the top 20 % of clients by revenue.
  var topFifthShare = 0.0
  var top: [Top] = []
  let years: Int

  init(histories: [ClientHistory], years: Int) {
    self.years = years
    var revenues: [(history: ClientHistory, revenue: Money)] = []
    for history in histories {
      let sales = history.effectiveSales
      guard !sales.isEmpty else { continue }
      let revenue = sales.reduce(Money.zero) { $0 + $1.amount }
      total += revenue
      cogs += sales.reduce(Money.zero) { $0 + $1.cost }
      revenues.append((history, revenue))
    }
    revenues.sort {
      $0.revenue != $1.revenue ? $0.revenue > $1.revenue : $0.history.client < $1.history.client
    }
    let whole = Double(max(total.minorUnits, 1))
    let fifth = (revenues.count + 4) / 5
    topFifthShare = Double(revenues.prefix(fifth).reduce(0) { $0 + $1.revenue.minorUnits }) / whole
    top = revenues.prefix(5).map {
      Top(
        client: $0.history.client.rawValue, name: $0.history.name, revenue: $0.revenue,
        share: Double($0.revenue.minorUnits) / whole)
    }
  }

  var title: String { "Revenue" }
  var key: String { "revenue" }

  var lines: [String] {
    let margin = Double((total - cogs).minorUnits) / Double(max(total.minorUnits, 1))
    let period = "\(years) year\(years == 1 ? "" : "s")"
    var lines = [
      DemoFormat.row(
        "total",
        "\(NumberText.grouped(total)) over \(period), gross margin \(DemoFormat.percent(margin))"),
      DemoFormat.row("top 20 %", "of clients bring \(DemoFormat.percent(topFifthShare)) of it"),
      "biggest clients:",
    ]
    let rows = top.enumerated().map { index, top in
      [
        "\(index + 1)", top.client, top.name, NumberText.grouped(top.revenue),
        DemoFormat.percent(top.share),
      ]
    }
    lines += RecordWriter.table(header: ["#", "client", "name", "revenue", "share"], rows: rows)
      .split(separator: "\n").map { "  " + $0 }
    return lines
  }

  var json: JSON {
    .object([
      .init("total", .string(total.description)),
      .init("cogs", .string(cogs.description)),
      .init("topFifthShare", .number(topFifthShare)),
      .init(
        "topClients",
        .array(
          top.map {
            .object([
              .init("client", .string($0.client)), .init("name", .string($0.name)),
              .init("revenue", .string($0.revenue.description)), .init("share", .number($0.share)),
            ])
          })),
    ])
  }
}
