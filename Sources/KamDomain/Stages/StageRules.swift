public import KamTime

/// The stage rules: which stage a client is in on a given business day.
///
/// The evidence of a day is the highest stage whose conditions hold: synergy,
/// partnership, cooperation, transactional; a client with sales but none in
/// the window has lapsed, and one with no sale at all is a prospect. Only
/// facts dated on or before the day and not retracted count; the window is
/// the `policy.windowDays` days ending on the day, `(day − windowDays, day]`.
/// The stage itself is the evidence held through a grace period and lowered
/// one step by a stale complaint (``StageTimeline``, `docs/stages.md`).
public enum StageRules {
  /// The client's stage on `date` under `policy`, with the rule and facts behind it.
  public static func evaluate(
    _ history: ClientHistory, on date: CalendarDate, policy: Policy
  ) -> StageEvaluation {
    evaluate(StageFacts(history, policy: policy), on: date, policy: policy)
  }

  /// What the facts of `date` alone support, before the stage is held.
  public static func evidence(
    _ history: ClientHistory, on date: CalendarDate, policy: Policy
  ) -> StageEvidence {
    let facts = StageFacts(history, policy: policy)
    let m = facts.measures(on: date, policy: policy)
    return StageEvidence(
      date: date, entry: entry(for: m, policy: policy), keep: keep(for: m, policy: policy),
      staleComplaints: m.staleComplaints)
  }

  /// The highest rule whose entry conditions hold for these measures, stale complaints aside.
  public static func entry(for measures: StageMeasures, policy: Policy) -> StageRule {
    if measures.salesEver == 0 { return .prospect }
    if measures.salesAnyInWindow == 0 { return .lapsed }
    let ladder: [StageRule] = [.synergy, .partnership, .cooperation]
    if let rule = ladder.first(where: {
      StageCondition.allHold(for: $0.stage, measures, policy)
    }) {
      return rule
    }
    return isGoldenShot(measures, policy: policy) ? .goldenShot : .transactional
  }

  /// The highest stage whose keep conditions hold: the entry conditions with
  /// the counts `keepSlack` lower and the partnership profit at its exit threshold.
  public static func keep(for measures: StageMeasures, policy: Policy) -> Stage {
    keep(for: measures, policy: policy, entered: entry(for: measures, policy: policy).stage)
  }

  /// ``keep(for:policy:)`` when the entry evidence is known already.
  static func keep(for measures: StageMeasures, policy: Policy, entered: Stage) -> Stage {
    guard entered.isOnPyramid, entered.rank < Stage.synergy.rank else { return entered }
    let ladder: [Stage] = [.synergy, .partnership, .cooperation]
    return ladder.first {
      $0.rank > entered.rank && StageCondition.allHold(for: $0, measures, policy, keeping: true)
    } ?? entered
  }

  /// True when the only sale so far had at least the golden-shot margin and no
  /// price negotiation in the quiet days before it.
  public static func isGoldenShot(_ measures: StageMeasures, policy: Policy) -> Bool {
    guard measures.salesEver == 1, let margin = measures.singleSaleMargin else { return false }
    return margin >= policy.goldenShotMargin && measures.singleSaleUnhaggled == true
  }

  /// The state on `date` without folding, when the day decides it alone: a
  /// lapse, or entry evidence that reaches the best keep evidence of the
  /// grace (`held = max(E, min(held, M)) = E` when `M ≤ E`); nil otherwise.
  static func settledState(
    _ facts: StageFacts, _ m: StageMeasures, _ entry: StageRule, on date: CalendarDate,
    policy: Policy
  ) -> StageFold.State? {
    guard let first = facts.firstDay, first <= date else { return nil }
    let keep = keep(for: m, policy: policy, entered: entry.stage)
    if entry.stage != .lapsed {
      let from = max(first, date.adding(days: -Int64(policy.demotionGraceDays)))
      guard keep == entry.stage else { return nil }
      for day in [from] + facts.changeDays(after: from, through: date, policy: policy) {
        let earlier = facts.measures(on: day, policy: policy)
        let kept = Self.keep(for: earlier, policy: policy)
        if kept.rank > entry.stage.rank { return nil }
      }
    }
    let held = entry.stage
    return StageFold.State(
      stage: m.staleComplaints > 0 ? held.oneStepDown : held, held: held, entry: entry,
      keep: keep, staleComplaints: m.staleComplaints, lastKept: date)
  }

  /// The full evaluation over already extracted facts: the held stage of the
  /// timeline through `date`, explained with the day's figures.
  static func evaluate(_ facts: StageFacts, on date: CalendarDate, policy: Policy)
    -> StageEvaluation
  {
    let (measures, state, stage, rule) = decide(facts, on: date, policy: policy)
    return StageEvaluation(
      date: date, stage: stage, goldenShot: rule == .goldenShot, rule: rule,
      explanation: explanation(rule, measures, policy, state),
      missing: missing(above: stage, measures, policy),
      measures: measures, facts: facts.evidence(for: rule, on: date, policy: policy),
      policyVersion: policy.version)
  }

  /// ``evaluate(_:on:policy:)``'s stage, rule and measures without its words: the
  /// explanation is empty, and so are the missing conditions and the evidence, which cost
  /// about half of an evaluation. For what reads the stage alone of every client (a
  /// whole-book listing, the loyal test of the churn risk), never for what explains one.
  package static func unexplained(
    _ history: ClientHistory, on date: CalendarDate, policy: Policy
  ) -> StageEvaluation {
    let (measures, _, stage, rule) = decide(
      StageFacts(history, policy: policy), on: date, policy: policy)
    return StageEvaluation(
      date: date, stage: stage, goldenShot: rule == .goldenShot, rule: rule, explanation: "",
      missing: [], measures: measures, facts: [], policyVersion: policy.version)
  }

  /// The held stage of the timeline through `date` and the rule that names it, with the
  /// day's figures and the fold's state behind them.
  private static func decide(_ facts: StageFacts, on date: CalendarDate, policy: Policy) -> (
    measures: StageMeasures, state: StageFold.State?, stage: Stage, rule: StageRule
  ) {
    let measures = facts.measures(on: date, policy: policy)
    let entry = entry(for: measures, policy: policy)
    let state =
      settledState(facts, measures, entry, on: date, policy: policy)
      ?? {
        let critical = facts.criticalDays(policy: policy)
        return StageFold(
          facts, critical, through: date, policy: policy,
          from: StageFold.restartDay(facts, critical, through: date, policy: policy)
        ).state
      }()
    let stage = state?.stage ?? entry.stage
    return (measures, state, stage, stage == entry.stage ? entry : stage.plainRule)
  }
}
