import KamTime

extension StageRules {
  /// The stage with the client's own figures: the rule, and when the stage is
  /// held above the day's evidence or lowered by a stale complaint, why.
  static func explanation(
    _ rule: StageRule, _ m: StageMeasures, _ policy: Policy, _ state: StageFold.State?
  ) -> String {
    guard let state, state.held != state.entry.stage || state.staleComplaints > 0 else {
      return explanation(rule, m, policy)
    }
    var parts: [String] = []
    if state.staleComplaints > 0 {
      parts.append(
        "\(state.stage): one step below \(state.held), "
          + StageText.count(state.staleComplaints, "complaint")
          + " open over \(policy.complaintDemotionDays) days")
    }
    if state.held != state.entry.stage {
      let due = state.lastKept.adding(days: Int64(policy.demotionGraceDays) + 1)
      let kept = state.keep.rank >= state.held.rank
      parts.append(
        "\(state.held) held: "
          + (kept
            ? "kept by its exit threshold"
            : "its evidence last met on \(state.lastKept), falls on \(due) unless it returns"))
      if state.held.isOnPyramid {
        parts.append(state.held.rawValue + ": " + describe(state.held, m, policy, keeping: true))
      }
    }
    parts.append("evidence: " + explanation(state.entry, m, policy))
    return parts.joined(separator: "; ")
  }

  /// The deciding rule with the client's own figures.
  static func explanation(_ rule: StageRule, _ m: StageMeasures, _ policy: Policy) -> String {
    switch rule {
    case .prospect:
      return "prospect: no sale yet"
    case .lapsed:
      let last = m.lastSale.map { ", the last on \($0)" } ?? ""
      return "lapsed: " + StageText.count(m.salesEver, "sale") + " before\(last), "
        + "none in \(policy.windowDays) days"
    case .goldenShot:
      let margin = m.singleSaleMargin.map(StageText.percent) ?? "?"
      return "transactional: " + describe(.transactional, m, policy) + "; golden shot: "
        + "single sale at \(margin) margin (≥ \(StageText.percent(policy.goldenShotMargin))), "
        + "no price negotiation in the \(policy.goldenShotQuietDays) days before it"
    case .transactional, .cooperation, .partnership, .synergy:
      return rule.rawValue + ": " + describe(rule.stage, m, policy)
    }
  }

  /// What the next stage up lacks: its failing conditions.
  static func missing(above stage: Stage, _ m: StageMeasures, _ policy: Policy) -> [String] {
    guard let next = next(above: stage) else { return [] }
    return StageCondition.all(for: next, m, policy).filter { !$0.holds }.map {
      "\(next): \($0.text)"
    }
  }

  /// The stage a client climbs to from `stage`; nil at the top.
  static func next(above stage: Stage) -> Stage? {
    switch stage {
    case .prospect, .lapsed: .transactional
    case .transactional: .cooperation
    case .cooperation: .partnership
    case .partnership: .synergy
    case .synergy: nil
    }
  }

  private static func describe(
    _ stage: Stage, _ m: StageMeasures, _ policy: Policy, keeping: Bool = false
  ) -> String {
    StageCondition.all(for: stage, m, policy, keeping: keeping).map(\.text).joined(
      separator: ", ")
  }
}
