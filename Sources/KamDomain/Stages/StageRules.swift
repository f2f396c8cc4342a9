public import KamTime

/// The default stage rules: which stage a client is in on a given business day.
///
/// The highest stage whose conditions hold wins: synergy, partnership,
/// cooperation, transactional; a client with sales but none in the window
/// has lapsed, and one with no sale at all is a prospect. Only facts dated on
/// or before the day and not retracted count; the window is the
/// `policy.windowDays` days ending on the day, `(day − windowDays, day]`.
public enum StageRules {
  /// The client's stage on `date` under `policy`, with the rule and facts behind it.
  public static func evaluate(
    _ history: ClientHistory, on date: CalendarDate, policy: Policy
  ) -> StageEvaluation {
    evaluate(StageFacts(history, policy: policy), on: date, policy: policy)
  }

  /// The rule that decides the stage for these measures.
  public static func rule(for measures: StageMeasures, policy: Policy) -> StageRule {
    if measures.salesEver == 0 { return .prospect }
    if measures.salesInWindow == 0 { return .lapsed }
    let ladder: [StageRule] = [.synergy, .partnership, .cooperation]
    if let rule = ladder.first(where: { holds($0.stage, measures, policy) }) { return rule }
    return isGoldenShot(measures, policy: policy) ? .goldenShot : .transactional
  }

  /// True when the only sale so far had at least the golden-shot margin and no
  /// price negotiation in the quiet days before it.
  public static func isGoldenShot(_ measures: StageMeasures, policy: Policy) -> Bool {
    guard measures.salesEver == 1, let margin = measures.singleSaleMargin else { return false }
    return margin >= policy.goldenShotMargin && measures.singleSaleUnhaggled == true
  }

  /// The full evaluation over already extracted facts.
  static func evaluate(_ facts: StageFacts, on date: CalendarDate, policy: Policy)
    -> StageEvaluation
  {
    let measures = facts.measures(on: date, policy: policy)
    let rule = rule(for: measures, policy: policy)
    return StageEvaluation(
      date: date, stage: rule.stage, goldenShot: rule == .goldenShot, rule: rule,
      explanation: explanation(rule, measures, policy),
      missing: missing(above: rule.stage, measures, policy),
      measures: measures, facts: facts.evidence(for: rule, on: date, policy: policy),
      policyVersion: policy.version)
  }

  private static func holds(_ stage: Stage, _ m: StageMeasures, _ policy: Policy) -> Bool {
    StageCondition.allHold(for: stage, m, policy)
  }
}
