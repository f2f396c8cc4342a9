public import KamTime

/// A change of a client's stage on one business day.
public struct StageTransition: Hashable, Sendable {
  /// The stage before, or nil for the first transition of a timeline.
  public var from: Stage?
  /// The stage from this day on.
  public var to: Stage
  /// The day the new stage holds for the first time.
  public var on: CalendarDate
  /// Why: a ``StageRule`` raw value when an event of the day caused it, else a
  /// ``TimeTrigger`` raw value (see `docs/stages.md`).
  public var rule: String
  /// The causing event: the latest-sequence fact of the client dated on the
  /// day, or nil when the change is time-driven.
  public var causeSeq: Int64?
  /// The version of the policy the stages were evaluated under.
  public var policyVersion: Int

  /// Creates a transition.
  public init(
    from: Stage?, to: Stage, on: CalendarDate, rule: String, causeSeq: Int64?, policyVersion: Int
  ) {
    self.from = from
    self.to = to
    self.on = on
    self.rule = rule
    self.causeSeq = causeSeq
    self.policyVersion = policyVersion
  }
}
