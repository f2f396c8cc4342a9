import KamTime

extension StageFold {
  /// Why the evidence moved from `old` to `new` on a day with these marks:
  /// the day's latest event, or a time trigger.
  ///
  /// With only events on the day, they caused it; with only triggers, time
  /// did. With both, `timeAlone` is the evidence of the day without its
  /// events (the facts dated up to the day before): if time alone already
  /// lands on `new`, time caused it, else the events did.
  static func cause(from old: Stage, to new: Stage, _ marks: StageDay, timeAlone: Stage)
    -> (trigger: TimeTrigger?, seq: Int64?)
  {
    if let seq = marks.latestEventSeq, marks.triggers.isEmpty || timeAlone != new {
      return (nil, seq)
    }
    return (trigger(from: old, to: new, among: marks.triggers), nil)
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
