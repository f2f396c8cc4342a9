/// One client of the portfolio as evaluated on a date.
public struct PortfolioEntry: Hashable, Sendable {
  /// Revenue, costs and profit over the window.
  public var value: ClientValue
  /// Pareto class on profit.
  public var paretoClass: ParetoClass
  /// The key-account reasons that hold, in ``KeyAccountReason`` order; empty when none.
  public var keyAccountReasons: [KeyAccountReason]
  /// The forecast profit for the next window that "potential" was judged on.
  public var forecastProfit: Money
  /// The portfolio-matrix quadrant, nil when never assessed.
  public var quadrant: MatrixQuadrant?
  /// The policy's label for ``quadrant``, nil when never assessed.
  public var quadrantLabel: String?
  /// True when the client has no sale that counts on the date.
  public var isProspect: Bool
  /// The client's fit against the key-client profile, when the portfolio was given a
  /// fitted profile and the client is a prospect or in its first year.
  public var fit: ProspectFit? = nil

  /// The client.
  public var client: ClientSlug { value.client }
  /// True when at least one key-account reason holds.
  public var isKeyAccount: Bool { !keyAccountReasons.isEmpty }

  /// An entry from its parts.
  public init(
    value: ClientValue, paretoClass: ParetoClass, keyAccountReasons: [KeyAccountReason],
    forecastProfit: Money, quadrant: MatrixQuadrant?, quadrantLabel: String?, isProspect: Bool,
    fit: ProspectFit? = nil
  ) {
    self.fit = fit
    self.value = value
    self.paretoClass = paretoClass
    self.keyAccountReasons = keyAccountReasons
    self.forecastProfit = forecastProfit
    self.quadrant = quadrant
    self.quadrantLabel = quadrantLabel
    self.isProspect = isProspect
  }
}
