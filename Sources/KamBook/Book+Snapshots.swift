import KamDomain
import KamEventLog
import KamSQLite
import KamTime

extension Book {
  /// True when the snapshot projection has folded the whole log, without a
  /// stop: `client_snapshots` then holds every client's history as the log does.
  func snapshotsAreCurrent(_ db: Database) throws -> Bool {
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
  /// The questions and the read are one transaction, the caller's, so an
  /// append by another process in between cannot mix two states of the book.
  func storedHistories(knownAt: Instant?, before: SequenceNumber?, in db: Database) throws
    -> [ClientSlug: ClientHistory]?
  {
    guard try snapshotsAreCurrent(db) else { return nil }
    var last = try db.scalar(Int64.self, "SELECT coalesce(max(seq), 0) FROM events") ?? 0
    if let knownAt {
      guard let known = try log.lastSequence(recordedBy: knownAt, in: db) else { return nil }
      last = min(last, known.rawValue)
    }
    if let before { last = min(last, before.rawValue - 1) }
    let through = last
    let blobs = try db.fetchAll("SELECT history FROM client_snapshots") {
      try $0.column(0, as: Blob.self).bytes
    }
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
  func storedHistory(of client: ClientSlug, in db: Database) throws -> (ClientHistory?, Int64)? {
    let version =
      try db.scalar(
        Int64.self, "SELECT max(stream_version) FROM events WHERE stream = ?", [client.rawValue])
      ?? 0
    let blob = try db.fetchOne(
      "SELECT history FROM client_snapshots WHERE client = ?", [client.rawValue]
    ) { try $0.column(0, as: Blob.self).bytes }
    guard let blob else { return version == 0 ? (nil, 0) : nil }
    guard let history = try? ClientHistory(snapshot: blob) else { return nil }
    return (history, version)
  }
}
