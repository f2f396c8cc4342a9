/// What one client brought in and cost over the trailing window (see ``ValueWindow``).
///
/// `profit = revenue − cogs − costToServe`, all in integer minor units.
public struct ClientValue: Hashable, Sendable {
  /// The client.
  public var client: ClientSlug
  /// The sum of the sales' net amounts.
  public var revenue: Money
  /// The sum of the sales' cost of goods.
  public var cogs: Money
  /// Meeting costs plus complaint resolution costs.
  public var costToServe: Money
  /// `revenue − cogs − costToServe`.
  public var profit: Money

  /// A value from its parts; `profit` is derived so it can never disagree with them.
  public init(client: ClientSlug, revenue: Money, cogs: Money, costToServe: Money) {
    self.client = client
    self.revenue = revenue
    self.cogs = cogs
    self.costToServe = costToServe
    self.profit = revenue - cogs - costToServe
  }

  /// Nothing earned and nothing spent: a client with no facts in the window.
  public static func zero(_ client: ClientSlug) -> ClientValue {
    ClientValue(client: client, revenue: .zero, cogs: .zero, costToServe: .zero)
  }

  /// True when serving the client cost more than it brought: profit below zero.
  public var unprofitable: Bool { profit < .zero }
}
