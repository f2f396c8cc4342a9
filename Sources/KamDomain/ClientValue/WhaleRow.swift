/// One point of the whale curve: a client and the cumulative profit share up to it.
public struct WhaleRow: Hashable, Sendable {
  /// The client.
  public var client: ClientSlug
  /// Its revenue in the window.
  public var revenue: Money
  /// Its cost of goods in the window.
  public var cogs: Money
  /// Its cost to serve in the window.
  public var costToServe: Money
  /// Its profit in the window.
  public var profit: Money
  /// The profit of this client and every client ranked above it.
  public var cumulativeProfit: Money
  /// `cumulativeProfit` over the curve's denominator (see ``WhaleCurve/Basis``); 1.0 = 100 %.
  public var cumulativeProfitShare: Double

  /// A row from a client's value and the running totals.
  public init(value: ClientValue, cumulativeProfit: Money, cumulativeProfitShare: Double) {
    self.client = value.client
    self.revenue = value.revenue
    self.cogs = value.cogs
    self.costToServe = value.costToServe
    self.profit = value.profit
    self.cumulativeProfit = cumulativeProfit
    self.cumulativeProfitShare = cumulativeProfitShare
  }
}
