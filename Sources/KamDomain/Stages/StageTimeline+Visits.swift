public import KamTime

extension StageTimeline {
  /// Each stay in a stage, in order: entered, exited (nil for the current
  /// one) and whole days elapsed, as a CRM's lifecycle report shows them.
  public var visits: [StageVisit] {
    transitions.indices.map { index in
      let entered = transitions[index].on
      let exited = index + 1 < transitions.count ? transitions[index + 1].on : nil
      return StageVisit(
        stage: transitions[index].to, entered: entered, exited: exited,
        days: entered.days(to: exited ?? today))
    }
  }

  /// Whole days spent in `stage` over all its visits, through `today`.
  public func days(in stage: Stage) -> Int64 {
    visits.filter { $0.stage == stage }.reduce(0) { $0 + $1.days }
  }

  /// The day the client first entered `stage`, if ever.
  public func firstEntered(_ stage: Stage) -> CalendarDate? {
    transitions.first { $0.to == stage }?.on
  }
}
