import KamDomain
import KamSimulation
import KamTime

/// The accounts: clients and prospects as the book shows them, and what the
/// ground truth adds (lost prospects, churn, neglect).
struct DemoAccountsSection: DemoSection {
  var registered = 0
  var asProspects = 0
  var clients = 0
  var boughtLastYear = 0
  var lapsed = 0
  var prospectsWithoutSale = 0
  let simulation: SimulationSummary

  init(histories: [ClientHistory], simulation: SimulationSummary) {
    self.simulation = simulation
    let yearAgo = simulation.endDate.adding(days: -365)
    for history in histories where history.isRegistered {
      registered += 1
      if history.registeredAsProspect { asProspects += 1 }
      guard let last = history.effectiveSales.map(\.date).max() else {
        prospectsWithoutSale += 1
        continue
      }
      clients += 1
      if last > yearAgo { boughtLastYear += 1 } else { lapsed += 1 }
    }
  }

  var title: String { "Accounts" }
  var key: String { "accounts" }

  var lines: [String] {
    let open = simulation.prospectsRegistered - simulation.prospectsWon - simulation.prospectsLost
    return [
      DemoFormat.row(
        "registered",
        "\(registered): \(registered - asProspects) as clients, \(asProspects) as prospects"),
      DemoFormat.row(
        "clients",
        "\(clients) with a sale: \(boughtLastYear) bought in the last 365 days, "
          + "\(lapsed) not for a year (lapsed)"),
      DemoFormat.row(
        "prospects",
        "\(simulation.prospectsWon) won, \(simulation.prospectsLost) lost, \(open) still open"),
      DemoFormat.row(
        "churned",
        "\(simulation.churned) stopped buying, \(simulation.churnedAfterNeglect) of them while "
          + "neglected; \(simulation.neglected) loyal clients were neglected in an owner's "
          + "acquisition push (ground truth)"),
    ]
  }

  var json: JSON {
    .object([
      .init("registered", .integer(Int64(registered))),
      .init("registeredAsProspects", .integer(Int64(asProspects))),
      .init("clients", .integer(Int64(clients))),
      .init("boughtLastYear", .integer(Int64(boughtLastYear))),
      .init("lapsed", .integer(Int64(lapsed))),
      .init("prospectsWithoutSale", .integer(Int64(prospectsWithoutSale))),
      .init("prospectsWon", .integer(Int64(simulation.prospectsWon))),
      .init("prospectsLost", .integer(Int64(simulation.prospectsLost))),
      .init("churned", .integer(Int64(simulation.churned))),
      .init("churnedWhileNeglected", .integer(Int64(simulation.churnedAfterNeglect))),
      .init("neglected", .integer(Int64(simulation.neglected))),
    ])
  }
}
