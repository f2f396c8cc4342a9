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
  func sorted(_ rows: [ClientListing]) -> [ClientListing] {
    guard self != .profit else { return rows }
    let indexed = Array(rows.enumerated())
    return indexed.sorted { a, b in
      let (x, y) = (a.element, b.element)
      switch self {
      case .profit: break
      case .revenue:
        if x.value.revenue != y.value.revenue {
          return x.value.revenue > y.value.revenue
        }
      case .costToServe:
        if x.value.costToServe != y.value.costToServe {
          return x.value.costToServe > y.value.costToServe
        }
      case .risk:
        if x.churnRisk != y.churnRisk { return (x.churnRisk ?? -1) > (y.churnRisk ?? -1) }
      case .name:
        if x.name != y.name { return x.name < y.name }
      case .client:
        return x.client.rawValue < y.client.rawValue
      }
      return a.offset < b.offset
    }.map(\.element)
  }
}
