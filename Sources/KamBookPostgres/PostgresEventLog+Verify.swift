public import KamEventLog
import PostgresNIO

extension PostgresEventLog {
  /// Verifies the log as ``EventLogTransaction/verify(expecting:watermarks:)``
  /// does (the checks and report of SQLite's log), in one snapshot.
  public func verify() throws -> VerificationReport {
    try verify(expecting: nil, watermarks: [])
  }

  /// ``verify()`` that also checks the records beside the log (`watermarks`)
  /// and that the log still holds `expected`.
  package func verify(expecting expected: ChainHead?, watermarks: [LogWatermark]) throws
    -> VerificationReport
  {
    try read { session in
      try PostgresLogTransaction(self, session).verify(expecting: expected, watermarks: watermarks)
    }
  }

  /// Calls `body` with every event as stored (no upcasting), page by page,
  /// until it returns false.
  func forEachEventAsStored(in session: PostgresSession, _ body: (StoredEvent) throws -> Bool)
    throws
  {
    var position = SequenceNumber.zero
    while true {
      var rows = 0
      var going = true
      try forEachRow(after: position, limit: Self.pageSize, in: session) { row in
        guard going else { return }
        rows += 1
        let event = try Self.decodeRaw(row)
        position = event.seq
        going = try body(event)
      }
      guard going, rows == Self.pageSize else { return }
    }
  }

  /// The rows of `events_out_of_order`, in order.
  func listedOutOfOrder(in session: PostgresSession) throws -> [OutOfOrderRecord] {
    try session.query(
      "SELECT seq, recorded_at, latest_before FROM events_out_of_order ORDER BY seq"
    ).map { row in
      let (seq, recordedAt, latestBefore) = try row.decode((Int64, Int64, Int64).self)
      return OutOfOrderRecord(seq: seq, recordedAt: recordedAt, latestBefore: latestBefore)
    }
  }

  /// The head of the chain `log_head` holds, kept by the insert trigger.
  func recordedHead(in session: PostgresSession) throws -> ChainHead? {
    try session.query("SELECT seq, hash FROM log_head").first.map { row in
      let (seq, hash) = try row.decode((Int64, ByteBuffer).self)
      return ChainHead(seq: SequenceNumber(rawValue: seq), hash: Array(hash.readableBytesView))
    }
  }

  /// The stored hash of the event at `seq`, or nil.
  func hash(at seq: SequenceNumber, in session: PostgresSession) throws -> [UInt8]? {
    try session.query("SELECT hash FROM events WHERE seq = \(seq.rawValue)").first.map {
      Array(try $0.decode(ByteBuffer.self).readableBytesView)
    }
  }
}
