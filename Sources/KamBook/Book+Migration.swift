import KamEventLog

extension Book {
  /// Copies the log of the book in `source` into `target`, event for event,
  /// then catches the target's projections up and verifies it: what
  /// `kam migrate` does between a SQLite file and a PostgreSQL server.
  ///
  /// Every event keeps its sequence number, id, stream version, both times,
  /// actor, command and payload as stored (no upcasting), so the target's
  /// chain is the source's, hash for hash, and the target's head is checked
  /// against the source's before the migration reports success.
  ///
  /// The copy commits in slices of `sliceSize` events. A run cut short (a lost
  /// connection, a kill) leaves the target a prefix of the source, and the next
  /// run goes on from its end; a run over a target that holds the whole log
  /// adds nothing. A target that holds anything else is refused untouched.
  ///
  /// ```swift
  /// let report = try Book.migrate(from: sqliteStore, to: postgresStore)
  /// print(report.copied, report.head)
  /// ```
  ///
  /// - Parameter progress: called after each slice with the events the
  ///   target holds so far and the source's total.
  /// - Throws: ``BookError``: `damaged` when the source's chain is broken
  ///   (nothing is copied), `incompatible` when the target holds a log the
  ///   source does not begin with, `io` and the rest from the stores.
  package static func migrate(
    from source: any BookStore, to target: any BookStore, sliceSize: Int = 5_000,
    progress: (_ done: Int64, _ total: Int64) -> Void = { _, _ in }
  ) throws(BookError) -> MigrationReport {
    try migrate(
      from: source, to: { () throws(BookError) in target }, sliceSize: sliceSize,
      progress: progress)
  }

  /// ``migrate(from:to:sliceSize:progress:)`` into the store `openTarget`
  /// opens (or makes) once the source has been verified: a damaged source
  /// leaves no new, empty book behind.
  package static func migrate(
    from source: any BookStore, to openTarget: () throws(BookError) -> any BookStore,
    sliceSize: Int = 5_000, progress: (_ done: Int64, _ total: Int64) -> Void = { _, _ in }
  ) throws(BookError) -> MigrationReport {
    let sourceReport = try verify(source, expecting: nil)
    guard sourceReport.ok, let sourceHead = sourceReport.head else {
      let seq = sourceReport.firstBadSeq.map { " at seq \($0)" } ?? ""
      throw BookError(
        .damaged,
        "the book \(source.location) is damaged\(seq) (\(sourceReport.problem ?? "no log")); "
          + "nothing was copied")
    }
    let target = try openTarget()
    let start = try commonPrefix(source, target, sourceHead: sourceHead)
    var done = start.rawValue
    try source.reading { sourceTx in
      var slice: [StoredEvent] = []
      slice.reserveCapacity(sliceSize)
      func flush() throws {
        guard !slice.isEmpty else { return }
        try target.writing { tx in try copy(slice, into: tx, location: target.location) }
        done += Int64(slice.count)
        slice.removeAll(keepingCapacity: true)
        progress(done, sourceHead.seq.rawValue)
      }
      try sourceTx.forEachEventAsStored { event in
        guard event.seq.rawValue <= sourceHead.seq.rawValue else { return false }
        if event.seq.rawValue > start.rawValue {
          slice.append(event)
          if slice.count == sliceSize { try flush() }
        }
        return true
      }
      try flush()
    }
    let book = try Book(store: target)
    try book.catchUp()
    let arrival = try verify(target, expecting: sourceHead)
    guard arrival.ok else {
      let seq = arrival.firstBadSeq.map { " at seq \($0)" } ?? ""
      throw BookError(
        .damaged,
        "the copy in \(target.location) does not verify\(seq): \(arrival.problem ?? "a bad event")")
    }
    return MigrationReport(
      source: source.location, target: target.location, events: sourceHead.seq.rawValue,
      copied: sourceHead.seq.rawValue - start.rawValue,
      head: sourceHead)
  }

  /// How many of the source's first events the target holds already: its whole
  /// log, when that is a prefix of the source's (the same event, hash for hash,
  /// at its last position).
  private static func commonPrefix(
    _ source: any BookStore, _ target: any BookStore, sourceHead: ChainHead
  ) throws(BookError) -> SequenceNumber {
    let (last, lastHash) = try target.reading { tx in
      let last = try tx.lastSequence()
      return (last, last == .zero ? nil : try tx.hash(at: last))
    }
    guard last != .zero else { return .zero }
    let sourceHash =
      last.rawValue <= sourceHead.seq.rawValue
      ? try source.reading { tx in try tx.hash(at: last) } : nil
    guard let lastHash, lastHash == sourceHash else {
      throw BookError(
        .incompatible,
        "\(target.location) holds another log (\(last) events, "
          + (sourceHash == nil
            ? "more than \(source.location)'s \(sourceHead.seq)"
            : "event \(last) differs from \(source.location)'s")
          + "); kam migrate copies only into an empty book or an earlier copy of the same one")
    }
    return last
  }

  /// Appends `events` (consecutive, after the target's end) keeping every stored
  /// field: events of one command recorded at one instant go in one append, the
  /// context they were recorded with.
  private static func copy(
    _ events: [StoredEvent], into tx: any BookTransaction, location: String
  ) throws {
    var start = events.startIndex
    while start < events.endIndex {
      let first = events[start]
      var end = start + 1
      while end < events.endIndex, events[end].commandID == first.commandID,
        events[end].actor == first.actor, events[end].recordedAt == first.recordedAt
      {
        end += 1
      }
      let run = events[start..<end]
      let result = try tx.append(
        run.map { event in
          NewEvent(
            id: event.id, stream: event.stream, type: event.type, typeVersion: event.typeVersion,
            occurredAt: event.occurredAt, payload: event.payload,
            expectedVersion: .exact(event.streamVersion - 1),
            correlationID: event.correlationID, causationID: event.causationID)
        },
        context: AppendContext(
          actor: first.actor, commandID: first.commandID, recordedAt: first.recordedAt))
      for (stored, original) in zip(result.events, run)
      where stored.seq != original.seq || stored.hash != original.hash {
        throw BookError(
          .incompatible,
          "\(location) stored event \(original.seq) (\(original.id)) otherwise than its source "
            + "(as seq \(stored.seq)); nothing of this slice was kept")
      }
      start = end
    }
  }
}
