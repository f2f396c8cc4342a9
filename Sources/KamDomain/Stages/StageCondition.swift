/// One condition of a stage rule, checked against a client's measures.
struct StageCondition: Hashable, Sendable {
  /// Whether it holds.
  var holds: Bool
  /// The condition with the client's figure and the threshold: `3 sales in 365 days (≥ 6)`.
  var text: String
}

extension StageCondition {
  /// The conditions of `stage`, in the order an explanation lists them.
  ///
  /// Higher stages repeat the lower stages' kinds of condition with their own
  /// thresholds rather than implying them, so a custom policy whose
  /// partnership thresholds are below cooperation's still reads sensibly.
  static func all(for stage: Stage, _ m: StageMeasures, _ policy: Policy) -> [StageCondition] {
    switch stage {
    case .prospect, .lapsed:
      return []
    case .transactional:
      return [sales(m, policy, 1)]
    case .cooperation:
      return [
        sales(m, policy, policy.cooperationSales),
        meetings(m, policy, policy.cooperationMeetings), calm(m, policy),
      ]
    case .partnership:
      let tenure = m.tenureDays ?? 0
      let required = Int64(policy.partnershipTenureDays)
      return [
        sales(m, policy, policy.partnershipSales),
        StageCondition(
          holds: m.firstSale != nil && tenure >= required,
          text: "first sale \(tenure) days before (≥ \(required))"),
        meetings(m, policy, policy.partnershipMeetings), calm(m, policy),
        StageCondition(
          holds: m.profit > .zero,
          text: "profit \(m.profit) over \(policy.windowDays) days (> 0)"),
      ]
    case .synergy:
      let standing = m.standing.map { "standing \($0)" } ?? "no assessment"
      return all(for: .partnership, m, policy) + [
        StageCondition(
          holds: m.activeInitiatives > 0,
          text: StageText.count(m.activeInitiatives, "joint initiative") + " running (≥ 1)"),
        StageCondition(
          holds: (m.standing ?? Int.min) >= policy.synergyStanding,
          text: "\(standing) (≥ \(policy.synergyStanding))"),
      ]
    }
  }

  private static func sales(_ m: StageMeasures, _ policy: Policy, _ required: Int)
    -> StageCondition
  {
    StageCondition(
      holds: m.salesInWindow >= required,
      text: StageText.count(m.salesInWindow, "sale")
        + " in \(policy.windowDays) days (≥ \(required))")
  }

  private static func meetings(_ m: StageMeasures, _ policy: Policy, _ required: Int)
    -> StageCondition
  {
    StageCondition(
      holds: m.meetingsInWindow >= required,
      text: StageText.count(m.meetingsInWindow, "meeting")
        + " in \(policy.windowDays) days (≥ \(required))")
  }

  private static func calm(_ m: StageMeasures, _ policy: Policy) -> StageCondition {
    let days = policy.staleComplaintDays
    return StageCondition(
      holds: m.staleComplaints == 0,
      text: m.staleComplaints == 0
        ? "no complaint open over \(days) days"
        : StageText.count(m.staleComplaints, "complaint") + " open over \(days) days")
  }
}
