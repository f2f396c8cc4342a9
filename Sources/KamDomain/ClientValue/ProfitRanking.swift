/// Client values ranked by profit, highest first; equal profits by slug ascending.
///
/// The slug tie-break makes the order total and independent of input order, so
/// Pareto classes and the whale curve are reproducible run to run. Built once
/// (one sort) and shared by ``ParetoClassification`` and ``WhaleCurve``.
public struct ProfitRanking: Hashable, Sendable {
  /// The values, in rank order.
  public let values: [ClientValue]
  /// The sum of every client's profit, losses included.
  public let totalProfit: Money
  /// The sum of the positive profits only: what the Pareto shares are measured against.
  public let totalPositiveProfit: Money

  /// Ranks the values (one sort; input order does not matter).
  public init(_ values: [ClientValue]) {
    self.values = values.sorted(by: Self.ranksBefore)
    var total = Money.zero
    var positive = Money.zero
    for value in values {
      total += value.profit
      if value.profit > .zero { positive += value.profit }
    }
    self.totalProfit = total
    self.totalPositiveProfit = positive
  }

  /// The ranking order: higher profit first, then slug ascending.
  public static func ranksBefore(_ lhs: ClientValue, _ rhs: ClientValue) -> Bool {
    if lhs.profit != rhs.profit { return lhs.profit > rhs.profit }
    return lhs.client < rhs.client
  }
}
