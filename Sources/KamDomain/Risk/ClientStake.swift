import KamPurchaseModel
public import KamTime

/// What a client's churn would cost: its expected purchases and profit within the risk
/// horizon, and the part of that profit lost if it has dropped out.
///
/// - `expectedPurchases`: E[X(H) | x, tₓ, T], purchase days expected in the horizon H
///   (`riskHorizonDays`) from the purchase model in use; it already weighs in P(alive).
/// - `expectedSpend`: the spend expected per purchase day: Gamma-Gamma's E[M | x, m̄ₓ] when
///   the spend model is fitted, else the client's own mean spend per purchase day.
/// - `margin`: the client's own (revenue − cost of goods) / revenue over its sales so far.
/// - `expectedProfit` = expectedPurchases × expectedSpend × margin: the purchase model's
///   forecast.
/// - `valueAtStake` = churn × E[X(H) | alive] × expectedSpend × margin: the profit a retained
///   client would bring within the horizon, times the chance of losing it
///   (``ChurnRiskAssessment/churnProbability(policy:)``: 1 − P(alive) combined with the
///   neglect signals). Negative for a client sold at a loss: losing it would save money.
public struct ClientStake: Hashable, Sendable {
  /// Purchase days expected within the horizon.
  public var expectedPurchases: Double
  /// Spend expected per purchase day, in major units; nil before the first purchase.
  public var expectedSpend: Double?
  /// The client's own margin on its sales so far; 0 without revenue.
  public var margin: Double
  /// Profit expected within the horizon.
  public var expectedProfit: Money
  /// Profit expected to be lost to churn within the horizon.
  public var valueAtStake: Money
  /// The client's last purchase day on or before the evaluation day.
  public var lastPurchase: CalendarDate?
  /// The client's last meeting day on or before the evaluation day.
  public var lastContact: CalendarDate?
}

extension ClientStake {
  /// The stake of one client on `date` under the book's purchase and spend models.
  ///
  /// - Parameter churn: the chance the client is lost within the horizon; by default the
  ///   purchase model's 1 − P(alive) alone.
  public init(
    _ history: ClientHistory, on date: CalendarDate, horizonDays: Int,
    purchases: BookPurchaseModel, spend: BookSpendModel, churn: Double? = nil
  ) {
    let counted = history.sales.filter { !history.isRetracted($0.seq) && $0.date <= date }
    let revenue = counted.reduce(Money.zero) { $0 + $1.amount }
    let cogs = counted.reduce(Money.zero) { $0 + $1.cost }
    margin =
      revenue.minorUnits > 0
      ? Double((revenue - cogs).minorUnits) / Double(revenue.minorUnits) : 0
    lastPurchase = counted.map(\.date).max()
    lastContact =
      history.meetings.filter { !history.isRetracted($0.seq) && $0.date <= date }.map(\.date)
      .max()
    let weeks = Double(horizonDays) / PurchaseSummary.daysPerWeek
    guard let summary = purchases.summaries[history.client] else {
      expectedPurchases = 0
      expectedSpend = nil
      expectedProfit = .zero
      valueAtStake = .zero
      return
    }
    let expected = purchases.fit.expectedPurchases(in: weeks, given: summary)
    let pAlive = purchases.fit.probabilityAlive(summary)
    let days = Set(counted.map(\.date)).count
    let ownMean = days > 0 ? Double(revenue.minorUnits) / 100 / Double(days) : 0
    let perDay = spend.expectedMeanSpend(history.client) ?? ownMean
    // E[X | data] = P(alive) · E[X | alive] under BG/NBD and the fallback alike.
    let ifRetained = pAlive > 1e-12 ? expected / pAlive : 0
    expectedPurchases = expected.isFinite ? expected : 0
    expectedSpend = perDay
    expectedProfit = Self.money(expectedPurchases * perDay * margin)
    let lost = min(max(churn ?? (1 - pAlive), 0), 1)
    valueAtStake = Self.money(lost * ifRetained * perDay * margin)
  }

  /// Major units as money, rounded to minor units; non-finite as zero, held within
  /// ``Money/readableLimit``.
  public static func money(_ major: Double) -> Money {
    guard major.isFinite else { return .zero }
    let limit = Double(Money.readableLimit.minorUnits)
    return Money(minorUnits: Int64(max(-limit, min(limit, (major * 100).rounded()))))
  }
}
