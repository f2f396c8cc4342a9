import KamDomain
import KamEventLog
import KamSQLite
import KamTime

extension Book {
  /// True when the snapshot projection has folded the whole log, without a
  /// stop: `client_snapshots` then holds every client's history as the log does.
  func snapshotsAreCurrent() throws -> Bool {
    try log.queue.access { db in try snapshotsAreCurrent(db) }
  }

  private func snapshotsAreCurrent(_ db: Database) throws -> Bool {
    try db.scalar(
      Bool.self,
      """
      SELECT coalesce((SELECT checkpoint FROM projection_checkpoints
                       WHERE name = ? AND failed_seq IS NULL), -1)
             = (SELECT coalesce(max(seq), 0) FROM events)
      """, [SnapshotProjection.name]) ?? false
  }

  /// Every client's stored history cut back to the events recorded by `knownAt`
  /// and numbered before `before` (clients with none left out); nil when the
  /// snapshots cannot give it: not current, those events not the log's first S
  /// (``EventLog/lastSequence(recordedBy:)``), or a snapshot unreadable. The
  /// log is then folded instead.
  ///
  /// The questions and the read are one read transaction, so an append by
  /// another process in between cannot mix two states of the book.
  func storedHistories(knownAt: Instant?, before: SequenceNumber?) throws
    -> [ClientSlug: ClientHistory]?
  {
    let found: (blobs: [[UInt8]], through: Int64)? = try log.queue.read { db in
      guard try snapshotsAreCurrent(db) else { return nil }
      var through = try db.scalar(Int64.self, "SELECT coalesce(max(seq), 0) FROM events") ?? 0
      if let knownAt {
        guard let known = try log.lastSequence(recordedBy: knownAt, in: db) else { return nil }
        through = min(through, known.rawValue)
      }
      if let before { through = min(through, before.rawValue - 1) }
      let select = try db.cachedStatement("SELECT history FROM client_snapshots")
      defer { select.reset() }
      var blobs: [[UInt8]] = []
      while try select.step() { blobs.append(select.column(0, as: Blob.self).bytes) }
      return (blobs, through)
    }
    guard let (blobs, through) = found else { return nil }
    // nil: unreadable; .some(nil): no event by `through`.
    let decoded = ParallelMap.map(blobs, minimumPerCore: 16) { blob -> ClientHistory?? in
      guard let history = try? ClientHistory(snapshot: blob) else { return nil }
      return .some(history.truncated(through: through))
    }
    var histories: [ClientSlug: ClientHistory] = [:]
    histories.reserveCapacity(decoded.count)
    for history in decoded {
      guard let history else { return nil }
      if let history { histories[history.client] = history }
    }
    return histories
  }

  /// One client's stored history and stream version; nil when it cannot be read.
  func storedHistory(of client: ClientSlug) throws -> (ClientHistory?, Int64)? {
    try log.queue.access { db in
      let version =
        try db.scalar(
          Int64.self, "SELECT max(stream_version) FROM events WHERE stream = ?",
          [client.rawValue]) ?? 0
      let select = try db.cachedStatement("SELECT history FROM client_snapshots WHERE client = ?")
      try select.bind([client.rawValue])
      defer { select.reset() }
      guard try select.step() else { return version == 0 ? (nil, 0) : nil }
      guard let history = try? ClientHistory(snapshot: select.column(0, as: Blob.self).bytes)
      else { return nil }
      return (history, version)
    }
  }
}
