public import KamDomain
public import KamEventLog
public import KamTime

extension Book {
  /// Every client's history, read from the stored snapshots when they are
  /// current, else folded in one pass over the log.
  ///
  /// `knownAt` replays the book as it stood at that instant (system time):
  /// events, retractions and all recorded later are left out. When the events
  /// recorded by then are the log's first S, as they are unless a clock was set
  /// back, the snapshots cut back to S are exactly that; otherwise the log is
  /// folded, filtered by system time.
  public func histories(knownAt: Instant? = nil, before: SequenceNumber? = nil)
    throws(BookError) -> [ClientSlug: ClientHistory]
  {
    try store.reading { tx in try histories(knownAt: knownAt, before: before, in: tx) }
  }

  /// ``histories(knownAt:before:)`` in a transaction the caller holds: the
  /// questions and the reads see one state of the book.
  func histories(
    knownAt: Instant? = nil, before: SequenceNumber? = nil, in tx: any BookTransaction
  ) throws -> [ClientSlug: ClientHistory] {
    if let stored = try storedHistories(knownAt: knownAt, before: before, in: tx) {
      return stored
    }
    return try foldedHistories(knownAt: knownAt, before: before, in: tx)
  }

  /// Every client's history folded from the log, in one pass, whatever the
  /// stored snapshots hold: the reference ``histories(knownAt:before:)`` is
  /// checked against.
  public func foldedHistories(knownAt: Instant? = nil, before: SequenceNumber? = nil)
    throws(BookError) -> [ClientSlug: ClientHistory]
  {
    try store.reading { tx in try foldedHistories(knownAt: knownAt, before: before, in: tx) }
  }

  func foldedHistories(
    knownAt: Instant?, before: SequenceNumber?, in tx: any BookTransaction
  ) throws -> [ClientSlug: ClientHistory] {
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
    try tx.forEachEvent(matching: EventFilter(recordedBy: knownAt, before: before), fold: true) {
      stored in
      batch.append(stored)
      if batch.count == Self.catchUpBatch { try fold() }
    }
    try fold()
    return histories
  }
}
