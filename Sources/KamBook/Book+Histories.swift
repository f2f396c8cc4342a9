public import KamDomain
public import KamEventLog
public import KamTime

extension Book {
  /// Every client's history, folded in one pass over the log, or read from
  /// the stored snapshots when they are current and nothing earlier is asked.
  ///
  /// `knownAt` replays the log as it stood at that instant (system time):
  /// events, retractions and all recorded later are left out.
  public func histories(knownAt: Instant? = nil, before: SequenceNumber? = nil) throws
    -> [ClientSlug: ClientHistory]
  {
    // The book as known now: the stored histories, when they are current.
    if knownAt == nil, before == nil, try snapshotsAreCurrent(),
      let stored = try storedHistories()
    {
      return stored
    }
    var histories: [ClientSlug: ClientHistory] = [:]
    var batch: [StoredEvent] = []
    batch.reserveCapacity(Self.catchUpBatch)
    // Payloads are decoded a batch at a time on every core; the fold stays in order.
    func fold() throws {
      let decoded = ParallelMap.map(batch) { stored in Result { try RecordedEvent(stored) } }
      for result in decoded {
        let recorded = try result.get()
        guard let client = ClientSlug(rawValue: recorded.stream) else { continue }
        histories[client, default: ClientHistory(client: client)].apply(recorded)
      }
      batch.removeAll(keepingCapacity: true)
    }
    try log.forEachEventToFold(matching: EventFilter(recordedBy: knownAt, before: before)) {
      stored in
      batch.append(stored)
      if batch.count == Self.catchUpBatch { try fold() }
    }
    try fold()
    return histories
  }
}
