import KamDomain
import KamEventLog
import KamTime

extension Book {
  /// True when the snapshot projection has folded the whole log, without a
  /// stop: the stored histories are then every client's history as the log holds it.
  func snapshotsAreCurrent(_ tx: any BookTransaction) throws -> Bool {
    guard let checkpoint = try tx.checkpoint(of: SnapshotProjection.name),
      checkpoint.failedSeq == nil
    else { return false }
    return checkpoint.checkpoint == (try tx.lastSequence().rawValue)
  }

  /// Every client's stored history cut back to the events recorded by `knownAt`
  /// and numbered before `before` (clients with none left out); nil when the
  /// snapshots cannot give it: not current, those events not the log's first S
  /// (``EventLogTransaction/lastSequence(recordedBy:)``), or a snapshot
  /// unreadable. The log is then folded instead.
  ///
  /// The questions and the read are one transaction, the caller's, so an
  /// append by another process in between cannot mix two states of the book.
  func storedHistories(knownAt: Instant?, before: SequenceNumber?, in tx: any BookTransaction)
    throws -> [ClientSlug: ClientHistory]?
  {
    guard let list = try storedHistoryList(knownAt: knownAt, before: before, in: tx) else {
      return nil
    }
    var histories: [ClientSlug: ClientHistory] = [:]
    histories.reserveCapacity(list.count)
    for history in list { histories[history.client] = history }
    return histories
  }

  /// ``storedHistories(knownAt:before:in:)`` as a list in the snapshots' order, for callers
  /// that sort or filter it anyway: each copy of a history retains every array it holds, and
  /// a whole book's worth of them shows in a query right after a write. With `knownOn`,
  /// only the clients known by that day (``ClientHistory/isKnown(by:)``).
  func storedHistoryList(
    knownOn date: CalendarDate? = nil, knownAt: Instant?, before: SequenceNumber?,
    in tx: any BookTransaction
  ) throws -> [ClientHistory]? {
    guard try snapshotsAreCurrent(tx) else { return nil }
    var last = try tx.lastSequence().rawValue
    if let knownAt {
      guard let known = try tx.lastSequence(recordedBy: knownAt) else { return nil }
      last = min(last, known.rawValue)
    }
    if let before { last = min(last, before.rawValue - 1) }
    let through = last
    // An unreadable snapshot: the log is folded instead.
    struct Unreadable: Error {}
    do {
      return try ParallelMap.compactMap(try tx.snapshots().map(\.snapshot), minimumPerCore: 16) {
        blob throws(Unreadable) -> ClientHistory? in
        guard let history = try? ClientHistory(snapshot: blob) else { throw Unreadable() }
        let cut = history.truncated(through: through)
        guard let cut, date.map({ cut.isKnown(by: $0) }) ?? true else { return nil }
        return cut
      }
    } catch {
      return nil
    }
  }

  /// One client's history as the log holds it, and its stream's version: the stored
  /// snapshot, then the client's events the snapshots have not folded yet; nil when the
  /// snapshots cannot give it (stopped at a failure, ahead of the log, or unreadable), and
  /// the stream is then folded instead.
  ///
  /// The snapshots lag when another writer appended without catching up (the `sqlite3`
  /// shell, an interrupted import): folding a long stream from its first event would cost a
  /// page read per event for one foreign event elsewhere in the log.
  func currentHistory(of client: ClientSlug, in tx: any BookTransaction) throws -> (
    ClientHistory?, Int64
  )? {
    guard let checkpoint = try tx.checkpoint(of: SnapshotProjection.name),
      checkpoint.failedSeq == nil
    else { return nil }
    let last = try tx.lastSequence().rawValue
    guard checkpoint.checkpoint <= last else { return nil }
    var history: ClientHistory?
    if let blob = try tx.snapshot(of: client) {
      guard let stored = try? ClientHistory(snapshot: blob) else { return nil }
      history = stored
    }
    let stream = StreamID(client.rawValue)
    // Without a snapshot, the unfolded events must be the whole stream.
    var whole = history != nil
    if checkpoint.checkpoint < last {
      let tail = EventFilter(
        stream: stream, after: SequenceNumber(rawValue: checkpoint.checkpoint))
      try tx.forEachEvent(matching: tail, fold: true) { stored in
        if history == nil {
          whole = stored.streamVersion == 1
          history = ClientHistory(client: client)
        }
        history!.apply(try RecordedEvent(stored))
      }
    }
    let version = try tx.streamVersion(of: stream)
    guard history == nil ? version == 0 : whole else { return nil }
    return (history, version)
  }

  /// One client's stored history and stream version; nil when it cannot be read.
  func storedHistory(of client: ClientSlug, in tx: any BookTransaction) throws -> (
    ClientHistory?, Int64
  )? {
    let version = try tx.streamVersion(of: StreamID(client.rawValue))
    guard let blob = try tx.snapshot(of: client) else { return version == 0 ? (nil, 0) : nil }
    guard let history = try? ClientHistory(snapshot: blob) else { return nil }
    return (history, version)
  }
}
