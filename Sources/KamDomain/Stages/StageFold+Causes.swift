import KamTime

extension StageFold {
  /// Why the evidence moved from `old` to `new` on a day with these marks:
  /// the day's latest event, or a time trigger.
  ///
  /// With only events on the day, they caused it; with only triggers, time
  /// did. With both, `timeAlone` is the evidence of the day without its
  /// events (the facts dated up to the day before): if time alone already
  /// lands on `new`, time caused it, else the events did.
  ///
  /// Of several events on the day, the cause is the one the change needed:
  /// the latest whose absence (`without`, the evidence without that one
  /// event) would not have landed on `new`; the latest when each would do.
  static func cause(
    from old: Stage, to new: Stage, _ marks: StageDay, timeAlone: Stage,
    without: (Int64) -> Stage
  ) -> (trigger: TimeTrigger?, seq: Int64?) {
    if let seq = marks.latestEventSeq, marks.triggers.isEmpty || timeAlone != new {
      guard !marks.otherEventSeqs.isEmpty else { return (nil, seq) }
      let candidates = ([seq] + marks.otherEventSeqs).sorted(by: >)
      return (nil, candidates.first { without($0) != new } ?? seq)
    }
    return (trigger(from: old, to: new, among: marks.triggers), nil)
  }

  /// The trigger to name when several fall on one day: the likeliest to move
  /// the stage in the direction it moved.
  static func trigger(from old: Stage, to new: Stage, among triggers: TimeTriggers)
    -> TimeTrigger
  {
    // Only a sale leaving the window can make a client lapse.
    if new == .lapsed { return .saleLeftWindow }
    if new.rank > old.rank {
      // Time lifts a client only by tenure or by a cost leaving the window: a
      // meeting's, a resolution's or a loss-making sale's, so profit rose.
      return triggers.contains(.tenureReached) ? .tenureReached : .costLeftWindow
    }
    return TimeTrigger.falling.first(where: triggers.contains)
      ?? TimeTrigger.allCases.first(where: triggers.contains) ?? .saleLeftWindow
  }
}
