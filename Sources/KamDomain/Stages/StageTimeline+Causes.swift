import KamTime

extension StageTimeline {
  /// Why the stage changed on `day`: the day's latest event, or a time trigger.
  ///
  /// With only events on the day, they caused it; with only triggers, time
  /// did. With both, the day is evaluated again without its events: if time
  /// alone already lands on the new stage, time caused it, else the events did.
  /// (Without its events the day counts the facts dated up to the day before.)
  static func cause(
    from old: Stage, to rule: StageRule, on day: CalendarDate, _ marks: StageDay,
    _ facts: StageFacts, _ policy: Policy
  ) -> (rule: String, seq: Int64?) {
    if let seq = marks.latestEventSeq {
      if marks.triggers.isEmpty { return (rule.rawValue, seq) }
      let timeAlone = StageRules.rule(
        for: facts.measures(on: day, known: day.adding(days: -1), policy: policy), policy: policy
      ).stage
      if timeAlone != rule.stage { return (rule.rawValue, seq) }
    }
    return (trigger(from: old, to: rule.stage, among: marks.triggers).rawValue, nil)
  }

  /// The trigger to name when several fall on one day: the likeliest to move
  /// the stage in the direction it moved.
  static func trigger(from old: Stage, to new: Stage, among triggers: Set<TimeTrigger>)
    -> TimeTrigger
  {
    // Only a sale leaving the window can make a client lapse.
    let order: [TimeTrigger] =
      new == .lapsed
      ? [.saleLeftWindow] : new.rank > old.rank ? TimeTrigger.rising : TimeTrigger.falling
    return order.first(where: triggers.contains)
      ?? TimeTrigger.allCases.first(where: triggers.contains) ?? .saleLeftWindow
  }
}
