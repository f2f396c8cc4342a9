/// Pareto classes for a ranking, computed on profit (not revenue).
///
/// Walking the ranking, a client with positive profit is class A while the
/// share of positive profit *before* it is below `paretoA`, so A is the
/// smallest prefix whose cumulative profit reaches `paretoA`; B likewise up to
/// `paretoB`; everyone after, and every client with profit ≤ 0, is C. When no
/// client has positive profit everyone is C. Because the ranking is total (ties
/// by slug), the smallest prefix is well defined even when equal profits
/// straddle a cut-off: the slug that sorts first lands in the higher class.
public struct ParetoClassification: Hashable, Sendable {
  /// One class per ranked value, in rank order.
  public let classes: [ParetoClass]
  /// The profit of the lowest-ranked class A client: the bar for "potential";
  /// nil when there is no class A.
  public let cutOffA: Money?

  /// Classifies a ranking under the policy's `paretoA` and `paretoB`.
  public init(_ ranking: ProfitRanking, policy: Policy) {
    let positive = ranking.totalPositiveProfit
    var classes: [ParetoClass] = []
    classes.reserveCapacity(ranking.values.count)
    var cumulative = Money.zero
    var cutOffA: Money?
    for value in ranking.values {
      guard value.profit > .zero, positive > .zero else {
        classes.append(.c)
        continue
      }
      // The share reached before this client, as one correctly rounded division:
      // an exact 4/5 then equals the literal 0.8 and counts as reached.
      let before = Double(cumulative.minorUnits) / Double(positive.minorUnits)
      let assigned: ParetoClass =
        before < policy.paretoA ? .a : before < policy.paretoB ? .b : .c
      if assigned == .a { cutOffA = value.profit }
      classes.append(assigned)
      cumulative += value.profit
    }
    self.classes = classes
    self.cutOffA = cutOffA
  }
}
