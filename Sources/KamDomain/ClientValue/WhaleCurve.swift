/// The whale curve: cumulative profit with clients ranked by profit, highest first.
///
/// Shares are measured against the total profit of *all* clients, so the curve
/// rises above 1.0 (100 %) over the profitable clients and the unprofitable
/// tail brings it back down to exactly 1.0 at the last row. When the total is
/// not positive that denominator means nothing, so ``Basis`` records what was
/// used instead.
public struct WhaleCurve: Hashable, Sendable {
  /// What the cumulative shares are a share of.
  public enum Basis: String, Hashable, Sendable {
    /// The total profit of all clients (it is positive): the last row is 1.0.
    case totalProfit = "total-profit"
    /// The total is ≤ 0 but some clients earn: the sum of positive profits, so
    /// the curve peaks at 1.0 and ends at or below 0.
    case positiveProfit = "positive-profit"
    /// No client earns but some lose: the total loss's magnitude, so the curve
    /// falls from 0 to −1.0.
    case totalLoss = "total-loss"
    /// Every profit is zero (or there are no clients): every share is 0.
    case none
  }

  /// One row per client, in rank order (see ``ProfitRanking``).
  public let rows: [WhaleRow]
  /// The sum of every client's profit.
  public let totalProfit: Money
  /// What the shares are measured against.
  public let basis: Basis
  /// The amount the shares are divided by (zero for ``Basis/none``).
  public let denominator: Money

  /// The curve of a ranking.
  public init(_ ranking: ProfitRanking) {
    let total = ranking.totalProfit
    if total > .zero {
      (basis, denominator) = (.totalProfit, total)
    } else if ranking.totalPositiveProfit > .zero {
      (basis, denominator) = (.positiveProfit, ranking.totalPositiveProfit)
    } else if total < .zero {
      (basis, denominator) = (.totalLoss, -total)
    } else {
      (basis, denominator) = (.none, .zero)
    }
    var rows: [WhaleRow] = []
    rows.reserveCapacity(ranking.values.count)
    var cumulative = Money.zero
    for value in ranking.values {
      cumulative += value.profit
      let share =
        denominator > .zero ? Double(cumulative.minorUnits) / Double(denominator.minorUnits) : 0
      rows.append(
        WhaleRow(value: value, cumulativeProfit: cumulative, cumulativeProfitShare: share))
    }
    self.rows = rows
    self.totalProfit = total
  }

  /// The highest cumulative share: how much of the total the profitable clients earn.
  public var peakShare: Double { rows.map(\.cumulativeProfitShare).max() ?? 0 }
}
