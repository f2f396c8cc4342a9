import KamDomain
import KamEventLog
import KamTime

extension Book {
  /// The audits of the decisions whose basis has changed since they were made,
  /// in the order given: what `kam audit` lists.
  ///
  /// Replaying a decision costs two views of the whole book, so one scan of
  /// the log first finds the decisions that cannot have changed. A decision's
  /// figures for its day can only move through an event recorded after it that
  /// is a policy change, a retraction, a registration (name, owner, terms), an
  /// initiative's start or end, a complaint's resolution (the one that stands is
  /// the last recorded, whatever its date), or a client's fact dated on or
  /// before that day; a view on a day reads nothing else. Only decisions followed
  /// by one of those are replayed (a test compares this with replaying every
  /// decision).
  public func changedDecisions(_ decisions: [Decision]) throws(BookError) -> [DecisionAudit] {
    try BookError.catching {
      guard let first = decisions.map(\.seq).min() else { return [] }
      // After position p: the last event that may move any figure, and the
      // earliest business time of a client's fact from p on (suffix minimum).
      var lastAlways: Int64 = 0
      var facts: [(seq: Int64, occurredAt: Int64)] = []
      try forEachEvent(matching: EventFilter(after: first)) { stored throws(BookError) in
        if stored.stream == Self.policyStream || Self.movesAnyDay.contains(stored.type) {
          lastAlways = stored.seq.rawValue
        } else if ClientSlug(rawValue: stored.stream.rawValue) != nil {
          facts.append((stored.seq.rawValue, stored.occurredAt.millisecondsSinceEpoch))
        }
      }
      var earliestFrom = facts.map(\.occurredAt)
      for index in earliestFrom.indices.reversed().dropFirst() {
        earliestFrom[index] = min(earliestFrom[index], earliestFrom[index + 1])
      }
      func mayHaveChanged(_ decision: Decision) -> Bool {
        if lastAlways > decision.seq.rawValue { return true }
        let next = facts.partitioningIndex { $0.seq > decision.seq.rawValue }
        return next < facts.count
          && earliestFrom[next] <= decision.date.end.millisecondsSinceEpoch
      }
      return try decisions.filter(mayHaveChanged).map { try audit($0) }.filter(\.changed)
    }
  }

  /// Event types that may move a client's figures on any day, whatever their own date.
  private static let movesAnyDay: Set<String> = [
    EventRetracted.type, ClientRegistered.type, ProspectRegistered.type, InitiativeStarted.type,
    InitiativeEnded.type, ComplaintResolved.type,
  ]
}
