import KamTime

extension StageFold {
  /// A day from which folding reaches the same state on `today` as folding
  /// from the first day, so that one day's stage need not fold a whole history.
  ///
  /// On a day *r* whose entry evidence is lapsed, or reaches the best keep
  /// evidence of `[r − G, r]`, the held stage is the entry evidence whatever
  /// it was the day before (`max(E, min(held, M)) = E` when `M ≤ E`). Folding
  /// from the critical day in force on *r − G* sees every keep evidence the
  /// days from *r* on read, so from *r* on it is exact. The latest such *r*
  /// is searched backwards from `today`.
  static func restartDay(
    _ facts: StageFacts, _ critical: [CalendarDate: StageDay], through today: CalendarDate,
    policy: Policy
  ) -> CalendarDate? {
    guard let first = facts.firstDay, first <= today else { return nil }
    let grace = Int64(policy.demotionGraceDays)
    let days = [first] + critical.keys.filter { $0 > first && $0 <= today }.sorted()
    var evidence: [Int: (entry: Stage, keep: Stage)] = [:]
    func read(_ index: Int) -> (entry: Stage, keep: Stage) {
      if let known = evidence[index] { return known }
      let m = facts.measures(on: days[index], policy: policy)
      let entry = StageRules.entry(for: m, policy: policy).stage
      let read = (entry, StageRules.keep(for: m, policy: policy, entered: entry))
      evidence[index] = read
      return read
    }
    var index = days.count - 1
    while index > 0 {
      let day = days[index]
      let entry = read(index).entry
      let from = day.adding(days: -grace)
      var best = entry
      var back = index
      while back > 0 && days[back] > from {
        best = higher(best, read(back).keep)
        back -= 1
      }
      best = higher(best, read(back).keep)
      if entry == .lapsed || entry.rank >= best.rank { return days[back] }
      index -= 1
    }
    return first
  }
}
