import KamDomain

extension RiskCommand {
  /// What the listing is sorted on, of one row.
  struct SortKey {
    var valueAtStake: Money
    var risk: Double
    var client: ClientSlug

    init(_ row: RiskListing) {
      valueAtStake = row.stake.valueAtStake
      risk = row.assessment.risk
      client = row.assessment.client
    }

    /// Whether this row comes before `other` in `order`: value at stake or risk, highest
    /// first, the other one next, then the slug.
    func precedes(_ other: SortKey, by order: Order) -> Bool {
      switch order {
      case .valueAtStake:
        if valueAtStake != other.valueAtStake { return valueAtStake > other.valueAtStake }
        if risk != other.risk { return risk > other.risk }
      case .risk:
        if risk != other.risk { return risk > other.risk }
        if valueAtStake != other.valueAtStake { return valueAtStake > other.valueAtStake }
      }
      return client < other.client
    }
  }
}
