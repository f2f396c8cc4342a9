package import KamDomain
package import KamEventLog

/// A projection's position against the log.
public struct ProjectionStatus: Hashable, Sendable {
  /// The projection's name.
  public var name: String
  /// The last sequence number it applied.
  public var checkpoint: Int64
  /// How many events it is behind the log.
  public var lag: Int64
  /// The event it stopped at, when it could not apply one.
  public var failedSeq: Int64?
  /// Why it stopped.
  public var failure: String?
}

extension Book {
  /// A fresh set of the book's projections, for one catch-up.
  var projections: [any BookProjection] {
    [
      DirectoryProjection(), StageProjection.make(), ValueProjection.make(),
      SnapshotProjection.make(),
    ]
  }

  /// How many events a catch-up reads and folds at a time: bounded memory.
  static let catchUpBatch = 5_000

  /// Brings every projection up to the end of the log.
  ///
  /// Every command calls this before answering, so a query is never stale.
  /// An event a projection cannot apply stops it there, recorded in
  /// `projection_checkpoints` and reported, never skipped.
  public func catchUp() throws(BookError) {
    // A read first: when every projection is current, a query takes no write
    // lock and syncs nothing.
    let status = try projectionStatus()
    try Self.refuseAhead(status)
    if status.allSatisfy({ $0.lag == 0 && $0.failedSeq == nil }) { return }
    let failure = try store.writing { tx in try catchUp(projections, tx) }
    // Thrown after the commit, so the stop is recorded in projection_checkpoints.
    if let failure { throw BookError(.incompatible, failure) }
  }

  /// Empties every projection and refolds it from the first event, in one
  /// transaction: readers see the old state until the new one is complete.
  ///
  /// A projection table missing from the file is created again first. The
  /// hash chain is checked as the log is read, and the records that know
  /// how far the log went (checkpoints, the stored head) before they are
  /// emptied. A damaged log is refused with ``BookError/Code/damaged``, naming
  /// the first bad event, and the projections are left as they were; with
  /// `force` it is folded all the same, and the returned message says what is
  /// wrong with it (nil for a sound log).
  @discardableResult
  public func rebuild(force: Bool = false) throws(BookError) -> String? {
    try rebuild(force: force, phases: nil)
  }

  /// ``rebuild(force:)``, its phases timed into `phases` when given (``PhaseTimes``; the
  /// commit is what the caller's own clock measures beyond them), reading `batch` events
  /// at a time (tests read a few, to fold many batches).
  @discardableResult
  package func rebuild(
    force: Bool = false, phases: PhaseTimes?, batch: Int = catchUpBatch
  ) throws(BookError) -> String? {
    var damage: String?
    let failure = try store.writing { tx in
      try phases.measure("check the end of the log") {
        try tx.restoreMissingProjectionStorage()
        if let problem = try tx.endProblem(watermarks: try tx.projectionWatermarks()) {
          damage = Self.damage(problem.seq, problem.problem, forced: force)
          guard force else { throw BookError(.damaged, damage ?? "") }
        }
      }
      let projections = projections
      try phases.measure("empty the projections") {
        for projection in projections {
          try projection.reset(tx)
          try tx.removeCheckpoint(of: projection.name)
        }
        // Models and listings stored at this log position were computed from the old
        // projections; a log damaged behind kam's back folds differently.
        try tx.removeStoredModels()
      }
      var chain: ChainCheck? = ChainCheck()
      let failure = try catchUp(
        projections, tx, checking: &chain, force: force, phases: phases, batch: batch)
      try phases.measure("build the indexes set aside") { try tx.buildIndexes() }
      if damage == nil, let broken = chain?.failure {
        damage = Self.damage(broken.seq, broken.problem, forced: true)
      }
      return failure
    }
    if let failure { throw BookError(.incompatible, failure) }
    return damage
  }

  /// Refuses a book whose projections have read past the end of its log:
  /// its newest events were deleted behind kam's back, and the views would
  /// show what the log no longer holds.
  public static func refuseAhead(_ status: [ProjectionStatus]) throws(BookError) {
    guard let ahead = status.min(by: { $0.lag < $1.lag }), ahead.lag < 0 else { return }
    let last = ahead.checkpoint + ahead.lag
    throw BookError(
      .incompatible,
      "the book is damaged: the log ends at seq \(last) but projection \(ahead.name) has read "
        + "up to \(ahead.checkpoint): "
        + (ahead.lag == -1
          ? "event \(last + 1) is missing" : "events \(last + 1)…\(ahead.checkpoint) are missing")
        + " (run kam verify)")
  }

  /// Each projection's checkpoint and lag.
  public func projectionStatus() throws(BookError) -> [ProjectionStatus] {
    // One read transaction: a writer that appends and catches up between reading the
    // log's end and the checkpoints would otherwise show a projection ahead of the log.
    try store.reading { tx in
      let last = try tx.lastSequence().rawValue
      return try projections.map { projection in
        let stored = try tx.checkpoint(of: projection.name)
        let checkpoint = stored?.checkpoint ?? 0
        return ProjectionStatus(
          name: projection.name, checkpoint: checkpoint, lag: last - checkpoint,
          failedSeq: stored?.failedSeq, failure: stored?.failure)
      }
    }
  }

  /// Folds what each projection has not seen, reading and decoding every
  /// event once for all of them; returns why the first one stopped, if any did.
  ///
  /// `folded` holds client histories the caller has already folded through
  /// the end of the log, so a logging command does not read its stream twice.
  func catchUp(
    _ projections: [any BookProjection], _ tx: any BookTransaction,
    folded: [ClientSlug: ClientHistory] = [:]
  ) throws -> String? {
    var unchecked: ChainCheck? = nil
    return try catchUp(projections, tx, folded: folded, checking: &unchecked, force: false)
  }

  /// ``catchUp(_:_:folded:)`` checking the hash chain as it reads when `chain`
  /// is given (from the first event: a rebuild); a broken chain throws
  /// ``BookError/Code/damaged`` unless `force`, which folds on.
  func catchUp(
    _ projections: [any BookProjection], _ tx: any BookTransaction,
    folded: [ClientSlug: ClientHistory] = [:], checking chain: inout ChainCheck?, force: Bool,
    phases: PhaseTimes? = nil, batch: Int = catchUpBatch
  ) throws -> String? {
    var checkpoints = try projections.map { projection in
      try tx.checkpoint(of: projection.name)?.checkpoint ?? 0
    }
    for (projection, checkpoint) in zip(projections, checkpoints) {
      projection.begin(from: checkpoint)
    }
    let position = checkpoints.min() ?? 0
    let histories = CatchUpHistories(self, from: position, folded: folded)
    var failure: (seq: Int64, reason: String)?
    // A broken chain stops a rebuild unless forced: thrown once the batch is read.
    var broken: (seq: SequenceNumber, problem: String)?
    // The read is timed as what the folds waited for: with the read ahead on another
    // connection (SQLite), what it did not overlap.
    let firstPhase = phases?.phases.count ?? 0
    let clock = ContinuousClock()
    var folding = Duration.zero
    let began = clock.now
    let readAhead = try tx.forEachBatchToFold(
      after: SequenceNumber(rawValue: position), batch: batch, checking: &chain
    ) { stored, chainFailure in
      let foldBegan = clock.now
      defer { folding += foldBegan.duration(to: clock.now) }
      if !force, let chainFailure {
        broken = chainFailure
        return false
      }
      // Decoding the payloads is pure and per event: on every core.
      let decoded = phases.measure("decode the payloads") {
        ParallelMap.map(stored) { event in Result { try RecordedEvent(event) } }
      }
      var events: [RecordedEvent] = []
      var clients: [ClientSlug?] = []
      phases.measure("fold the histories") {
        events.reserveCapacity(decoded.count)
        clients.reserveCapacity(decoded.count)
        for (event, result) in zip(stored, decoded) {
          switch result {
          case .success(let recorded):
            let client = ClientSlug(rawValue: recorded.stream)
            if let client { histories.collect(recorded, of: client) }
            events.append(recorded)
            clients.append(client)
          case .failure(let error):
            failure = (event.seq.rawValue, "\(error)")
          }
          if failure != nil { break }
        }
      }
      let read = CatchUpBatch(events[...], clients: clients[...])
      for index in projections.indices {
        // A projection ahead of the others (stopped ones resume) skips what it has seen.
        let unseen = read.after(checkpoints[index])
        guard let last = unseen.events.last else { continue }
        try phases.measure("apply: \(projections[index].name)") {
          try projections[index].apply(unseen, tx, self)
        }
        checkpoints[index] = last.seq
      }
      return failure == nil
    }
    phases?.insert(
      "read the log" + (chain == nil ? "" : " and check its chain")
        + (readAhead ? ", ahead (waited for)" : ""),
      seconds: PhaseTimes.seconds(began.duration(to: clock.now) - folding), at: firstPhase)
    if let broken {
      throw BookError(.damaged, Self.damage(broken.seq, broken.problem, forced: false))
    }
    if let failure { histories.stopped(at: failure.seq) }
    try phases.measure("prepare") {
      for projection in projections { try projection.prepare(tx, self, histories) }
    }
    for (projection, checkpoint) in zip(projections, checkpoints) {
      // What was applied before a bad event stands, finished.
      try phases.measure("finish: \(projection.name)") {
        try projection.finish(tx, self, histories)
        let stopped = failure.flatMap { $0.seq > checkpoint ? $0 : nil }
        try tx.save(
          ProjectionCheckpoint(
            name: projection.name, checkpoint: checkpoint, failedSeq: stopped?.seq,
            failure: stopped?.reason))
      }
    }
    guard let failure,
      let first = zip(projections, checkpoints).first(where: { $0.1 < failure.seq })?.0
    else { return nil }
    return "projection \(first.name) stopped at event \(failure.seq): \(failure.reason)"
  }
}

extension Book {
  /// Records events about one client and brings the projections up to date
  /// in the same transaction: one sync to disk for a logging command.
  ///
  /// A projection that cannot apply an event does not refuse the record; it
  /// stops there, recorded, and the returned message says so.
  package func recordCatchingUp(
    client: ClientSlug, context: AppendContext,
    _ decide: (ClientHistory?) throws -> [PendingEvent]
  ) throws -> (events: [StoredEvent], history: ClientHistory?, stopped: String?) {
    do {
      return try store.write { tx in
        let (events, history) = try recordFolding(client: client, context: context, in: tx, decide)
        let folded = history.map { [client: $0] } ?? [:]
        let stopped = try catchUp(projections, tx, folded: folded)
        return (events, history, stopped)
      }
    } catch  where BookError.isLowerLayer(error) {
      throw BookError.wrap(error)
    }
  }
}
