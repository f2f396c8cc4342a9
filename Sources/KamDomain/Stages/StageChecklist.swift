/// What holds of a client's stage and what the next stage up still needs,
/// condition by condition with the facts behind each: what `kam explain` shows.
///
/// Made on request (``StageRules/checklist(_:_:policy:)``), not with every
/// evaluation: a book view evaluates every client and explains none.
public struct StageChecklist: Hashable, Sendable {
  /// The stage evaluated.
  public var stage: Stage
  /// The conditions of the stage's rule that hold (at the exit thresholds when
  /// the stage is held above the day's evidence).
  public var holding: [StageCheck]
  /// The next stage up; nil at the top.
  public var next: Stage?
  /// The conditions of ``next`` that fail, each with its gap.
  public var needed: [StageCheck]
}

extension StageRules {
  /// The checklist of `evaluation`, made of `history` under `policy` (the
  /// history and policy it was evaluated on).
  public static func checklist(
    _ history: ClientHistory, _ evaluation: StageEvaluation, policy: Policy
  ) -> StageChecklist {
    let facts = StageFacts(history, policy: policy)
    let m = evaluation.measures
    let stage = evaluation.stage
    let entered = entry(for: m, policy: policy).stage
    let next = next(above: stage)
    return StageChecklist(
      stage: stage,
      holding: facts.checks(
        for: stage, m, on: evaluation.date, policy: policy, keeping: stage != entered
      ).filter(\.holds),
      next: next,
      needed: next.map {
        facts.checks(for: $0, m, on: evaluation.date, policy: policy).filter { !$0.holds }
          + facts.staleCheck(for: $0, m, on: evaluation.date, policy: policy)
      } ?? [])
  }
}
