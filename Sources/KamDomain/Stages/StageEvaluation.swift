public import KamTime

/// A client's stage on one day, with the rule that decided it and the facts
/// that fed the rule, so `kam explain` can show its work.
public struct StageEvaluation: Hashable, Sendable {
  /// The day evaluated.
  public var date: CalendarDate
  /// The stage.
  public var stage: Stage
  /// True for a transactional client whose single sale is a golden shot.
  public var goldenShot: Bool
  /// The rule that decided the stage.
  public var rule: StageRule
  /// The rule with the client's figures: `partnership: 6 sales in 365 days (≥ 6), …`.
  public var explanation: String
  /// What the next stage up still lacks, one condition per line; empty at the top.
  public var missing: [String]
  /// The figures the rules compared.
  public var measures: StageMeasures
  /// Sequence numbers of the facts the deciding rule counted, ascending.
  public var facts: [Int64]
  /// The version of the policy applied.
  public var policyVersion: Int
}
