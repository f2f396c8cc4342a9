public import KamEventLog
import KamSQLite
import KamTime

extension SQLiteEventLog {
  /// Verifies the log as ``EventLogTransaction/verify(expecting:watermarks:)``
  /// does, in one read transaction.
  public func verify() throws -> VerificationReport {
    try verify(expecting: nil, watermarks: [])
  }

  /// ``verify()`` that also checks the records beside the log (`watermarks`)
  /// and that the log still holds `expected`.
  package func verify(expecting expected: ChainHead?, watermarks: [LogWatermark]) throws
    -> VerificationReport
  {
    try queue.read { db in
      try SQLiteLogTransaction(self, db).verify(expecting: expected, watermarks: watermarks)
    }
  }

  /// Calls `body` with every event as stored (no upcasting) until it returns false.
  func forEachEventAsStored(in db: Database, _ body: (StoredEvent) throws -> Bool) throws {
    let statement = try db.makeStatement("SELECT \(Self.columns) FROM events ORDER BY seq")
    _ = try statement.containsRow { row in try !body(try Self.decodeRaw(row)) }
  }

  /// The rows of `events_out_of_order` (schema 7), in order.
  func listedOutOfOrder(in db: Database) throws -> [OutOfOrderRecord] {
    try db.fetchAll(
      "SELECT seq, recorded_at, latest_before FROM events_out_of_order ORDER BY seq"
    ) { row in
      OutOfOrderRecord(
        seq: try row.column(0), recordedAt: try row.column(1), latestBefore: try row.column(2))
    }
  }

  /// The head of the chain kept in `log_head` (schema 8).
  func recordedHead(in db: Database) throws -> ChainHead? {
    try db.fetchOne("SELECT seq, hash FROM log_head") { row in
      ChainHead(
        seq: SequenceNumber(rawValue: try row.column(0)),
        hash: try row.column(1, as: Blob.self).bytes)
    }
  }

  /// The stored hash of the event at `seq`.
  func hash(at seq: SequenceNumber, in db: Database) throws -> [UInt8]? {
    try db.fetchOne("SELECT hash FROM events WHERE seq = ?", [seq.rawValue]) {
      try $0.column(0, as: Blob.self).bytes
    }
  }
}
