internal import KamSQLite
import KamTime

extension SQLiteEventLog {
  /// Recomputes the chain from the first event and checks that sequence
  /// numbers run 1, 2, 3, … and each stream's versions run 1, 2, 3, … in order.
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
      }
      return VerificationReport(events: count)
    }
  }
}
