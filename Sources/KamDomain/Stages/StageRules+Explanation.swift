import KamTime

extension StageRules {
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
    let next: Stage? =
      switch stage {
      case .prospect, .lapsed: .transactional
      case .transactional: .cooperation
      case .cooperation: .partnership
      case .partnership: .synergy
      case .synergy: nil
      }
    guard let next else { return [] }
    return StageCondition.all(for: next, m, policy).filter { !$0.holds }.map {
      "\(next): \($0.text)"
    }
  }

  private static func describe(_ stage: Stage, _ m: StageMeasures, _ policy: Policy) -> String {
    StageCondition.all(for: stage, m, policy).map(\.text).joined(separator: ", ")
  }
}
