internal import KamSQLite
import KamTime

extension SQLiteEventLog {
  /// Recomputes the chain from the first event and checks that sequence
  /// numbers run 1, 2, 3, … and each stream's versions run 1, 2, 3, … in order,
  /// and that `events_out_of_order` lists exactly the events recorded earlier
  /// than one before them (replays rely on it, and the chain does not cover it).
  ///
  /// Reads the rows as stored (no upcasting), in one read transaction.
  public func verify() throws -> VerificationReport {
    try queue.read { db in
      let statement = try db.makeStatement(
        "SELECT \(Self.columns) FROM events ORDER BY seq")
      var previous = HashChain.genesis
      var expectedSeq: Int64 = 1
      var versions: [String: Int64] = [:]
      var count = 0
      var latestRecordedAt = Int64.min
      var disorder: [[Int64]] = []
      while try statement.step() {
        let event = Self.decodeRaw(statement)
        count += 1
        let seq = event.seq
        guard seq.rawValue == expectedSeq else {
          let problem =
            seq.rawValue > expectedSeq
            ? "sequence jumps from \(expectedSeq - 1) to \(seq): event \(expectedSeq) is missing"
            : "sequence number \(seq) is out of order"
          return VerificationReport(
            events: count, firstBadSeq: SequenceNumber(rawValue: expectedSeq), problem: problem)
        }
        let stream = event.stream.rawValue
        let expectedVersion = (versions[stream] ?? 0) + 1
        guard event.streamVersion == expectedVersion else {
          return VerificationReport(
            events: count, firstBadSeq: seq,
            problem:
              "stream \(stream) jumps to version \(event.streamVersion); expected \(expectedVersion)"
          )
        }
        versions[stream] = expectedVersion
        let hash = event.payload.withUnsafeBytes { payload in
          HashChain.hash(
            previous: previous, seq: seq.rawValue, id: event.id.rawValue, stream: stream,
            streamVersion: event.streamVersion, type: event.type,
            typeVersion: Int64(event.typeVersion),
            occurredAt: event.occurredAt.millisecondsSinceEpoch,
            recordedAt: event.recordedAt.millisecondsSinceEpoch, actor: event.actor,
            commandID: event.commandID.rawValue, correlationID: event.correlationID,
            causationID: event.causationID, payload: payload)
        }
        guard hash == event.hash else {
          return VerificationReport(
            events: count, firstBadSeq: seq,
            problem: "the hash of event \(seq) does not match its contents and predecessor")
        }
        previous = hash
        expectedSeq += 1
        let recordedAt = event.recordedAt.millisecondsSinceEpoch
        if recordedAt < latestRecordedAt {
          disorder.append([seq.rawValue, recordedAt, latestRecordedAt])
        } else {
          latestRecordedAt = recordedAt
        }
      }
      if let seq = try firstMislisted(expected: disorder, db) {
        return VerificationReport(
          events: count, firstBadSeq: SequenceNumber(rawValue: seq),
          problem:
            "events_out_of_order does not match the log's system times at event \(seq): "
            + "replays as known at an instant would be wrong")
      }
      return VerificationReport(events: count)
    }
  }

  /// The first event `events_out_of_order` gets wrong, given the rows it should
  /// hold (sequence number, system time, latest system time before), in order.
  private func firstMislisted(expected: [[Int64]], _ db: Database) throws -> Int64? {
    var listed: [[Int64]] = []
    let rows = try db.makeStatement(
      "SELECT seq, recorded_at, latest_before FROM events_out_of_order ORDER BY seq")
    while try rows.step() { listed.append([rows.column(0), rows.column(1), rows.column(2)]) }
    guard listed != expected else { return nil }
    let shared = min(listed.count, expected.count)
    let index = (0..<shared).first { listed[$0] != expected[$0] } ?? shared
    // The earlier of the two rows that differ, or the one row left over.
    return [listed, expected].compactMap { $0.indices.contains(index) ? $0[index][0] : nil }.min()
  }
}
