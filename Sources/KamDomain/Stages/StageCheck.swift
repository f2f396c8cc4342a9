/// One condition of a stage rule as a client meets it or not, with the facts
/// behind it: what `kam explain` shows as holding, or as still needed.
public struct StageCheck: Hashable, Sendable {
  /// The stage whose rule the condition belongs to.
  public var stage: Stage
  /// Whether it holds.
  public var holds: Bool
  /// The condition with the client's figure and the threshold: `3 sales in 365 days (≥ 6)`.
  public var text: String
  /// What is missing when it fails: `needs 3 more sales in 365 days, has 2`; nil when it holds.
  public var gap: String?
  /// Sequence numbers of the facts the condition counted, ascending.
  public var facts: [Int64]

  /// Creates a check.
  public init(stage: Stage, holds: Bool, text: String, gap: String?, facts: [Int64]) {
    self.stage = stage
    self.holds = holds
    self.text = text
    self.gap = gap
    self.facts = facts
  }
}
