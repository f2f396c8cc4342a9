public import KamDomain
public import KamEventLog
import KamSQLite

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
  var projections: [any BookProjection] { [DirectoryProjection(), StageProjection()] }

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
    if try projectionStatus().allSatisfy({ $0.lag == 0 && $0.failedSeq == nil }) { return }
    let failures: [String]
    do {
      failures = try log.transaction { db in
        try projections.compactMap { try catchUp($0, db) }
      }
    } catch {
      throw BookError.wrap(error)
    }
    // Thrown after the commit, so the stop is recorded in projection_checkpoints.
    if let failure = failures.first { throw BookError(.incompatible, failure) }
  }

  /// Empties every projection and refolds it from the first event, in one
  /// transaction: readers see the old state until the new one is complete.
  public func rebuild() throws(BookError) {
    let failures: [String]
    do {
      failures = try log.transaction { db in
        try projections.compactMap { projection in
          try projection.reset(db)
          try db.execute("DELETE FROM projection_checkpoints WHERE name = ?", [projection.name])
          return try catchUp(projection, db)
        }
      }
    } catch {
      throw BookError.wrap(error)
    }
    if let failure = failures.first { throw BookError(.incompatible, failure) }
  }

  /// Each projection's checkpoint and lag.
  public func projectionStatus() throws(BookError) -> [ProjectionStatus] {
    do {
      let last = try log.lastSequence().rawValue
      return try log.queue.access { db in
        try projections.map { projection in
          let row = try db.cachedStatement(
            "SELECT checkpoint, failed_seq, failure FROM projection_checkpoints WHERE name = ?")
          try row.bind([projection.name])
          defer { row.reset() }
          let found = try row.step()
          let checkpoint: Int64 = found ? row.column(0) : 0
          return ProjectionStatus(
            name: projection.name, checkpoint: checkpoint, lag: last - checkpoint,
            failedSeq: found ? row.column(1) : nil, failure: found ? row.column(2) : nil)
        }
      }
    } catch {
      throw BookError.wrap(error)
    }
  }

  /// Folds what the projection has not seen; returns why it stopped, if it did.
  private func catchUp(_ projection: any BookProjection, _ db: Database) throws -> String? {
    var checkpoint =
      try db.scalar(
        Int64.self, "SELECT checkpoint FROM projection_checkpoints WHERE name = ?",
        [projection.name]) ?? 0
    while true {
      var batch: [RecordedEvent] = []
      var failure: (seq: Int64, reason: String)?
      try log.forEachEvent(after: SequenceNumber(rawValue: checkpoint), limit: Self.catchUpBatch) {
        stored in
        guard failure == nil else { return }
        do {
          batch.append(try RecordedEvent(stored))
        } catch {
          failure = (stored.seq.rawValue, "\(error)")
        }
      }
      if !batch.isEmpty {
        try projection.apply(batch, db, self)
        checkpoint = batch[batch.count - 1].seq
      }
      try db.execute(
        """
        INSERT INTO projection_checkpoints (name, checkpoint, failed_seq, failure)
        VALUES (?1, ?2, ?3, ?4)
        ON CONFLICT (name) DO UPDATE SET checkpoint = ?2, failed_seq = ?3, failure = ?4
        """, [projection.name, checkpoint, failure?.seq, failure?.reason])
      if let failure {
        // What was applied before the bad event stands, finished.
        try projection.finish(db, self)
        return "projection \(projection.name) stopped at event \(failure.seq): \(failure.reason)"
      }
      if batch.count < Self.catchUpBatch {
        try projection.finish(db, self)
        return nil
      }
    }
  }
}

extension Book {
  /// Records events about one client and brings the projections up to date
  /// in the same transaction: one sync to disk for a logging command.
  ///
  /// A projection that cannot apply an event does not refuse the record; it
  /// stops there, recorded, and the returned message says so.
  public func recordCatchingUp(
    client: ClientSlug, context: AppendContext,
    _ decide: (ClientHistory?) throws -> [PendingEvent]
  ) throws -> (events: [StoredEvent], stopped: String?) {
    do {
      return try log.transaction { db in
        let events = try record(client: client, context: context, decide)
        let stopped = try projections.compactMap { try catchUp($0, db) }.first
        return (events, stopped)
      }
    } catch  where BookError.isLowerLayer(error) {
      throw BookError.wrap(error)
    }
  }
}
