import ArgumentParser
import KamBook
import KamDomain

/// The orders `kam clients` and `kam key-accounts` list in (`--sort`).
enum ClientOrder: String, ExpressibleByArgument, CaseIterable {
  /// The portfolio's order: profit, highest first (the default).
  case profit
  /// Revenue, highest first.
  case revenue
  /// Cost to serve, highest first.
  case costToServe = "cost-to-serve"
  /// Churn risk, highest first; clients not assessed last.
  case risk
  /// By name, A to Z.
  case name
  /// By slug, a to z.
  case client

  /// `rows` in this order; ties keep the portfolio's order.
  func sorted(_ rows: [BookView.ClientRow]) -> [BookView.ClientRow] {
    guard self != .profit else { return rows }
    let indexed = Array(rows.enumerated())
    return indexed.sorted { a, b in
      let (x, y) = (a.element, b.element)
      switch self {
      case .profit: break
      case .revenue:
        if x.entry.value.revenue != y.entry.value.revenue {
          return x.entry.value.revenue > y.entry.value.revenue
        }
      case .costToServe:
        if x.entry.value.costToServe != y.entry.value.costToServe {
          return x.entry.value.costToServe > y.entry.value.costToServe
        }
      case .risk:
        if x.churnRisk != y.churnRisk { return (x.churnRisk ?? -1) > (y.churnRisk ?? -1) }
      case .name:
        if x.history.name != y.history.name { return x.history.name < y.history.name }
      case .client:
        return x.history.client.rawValue < y.history.client.rawValue
      }
      return a.offset < b.offset
    }.map(\.element)
  }
}
