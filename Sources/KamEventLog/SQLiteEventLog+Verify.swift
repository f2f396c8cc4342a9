public import KamSQLite
import KamTime

extension SQLiteEventLog {
  /// ``verify(expecting:watermarks:)`` with the log's own watermarks and no
  /// expected head.
  public func verify() throws -> VerificationReport {
    try verify(expecting: nil, watermarks: [])
  }

  /// Recomputes the chain from the first event and checks that sequence
  /// numbers run 1, 2, 3, … and each stream's versions run 1, 2, 3, … in order;
  /// that no record that knows how far the log went (the stored head of the
  /// chain, `watermarks`) names an event past its end; that the log still holds
  /// `expected` with its hash; and that `events_out_of_order` lists exactly the
  /// events recorded earlier than one before them (replays rely on it, and the
  /// chain does not cover it).
  ///
  /// Reads the rows as stored (no upcasting), in one read transaction. The
  /// report names the first problem found, in that order.
  public func verify(expecting expected: ChainHead?, watermarks: [LogWatermark]) throws
    -> VerificationReport
  {
    try queue.read { db in
      var report = try verifyChain(db)
      report.head = try storedHead(db)
      guard report.ok else { return report }
      let last = Int64(report.events)
      let failure =
        try missingTail(after: last, watermarks: LogWatermark.log + watermarks, db)
        ?? storedHeadMismatch(last: last, db)
        ?? expectedHeadMismatch(expected, last: last, db)
      if let failure {
        report.firstBadSeq = failure.seq
        report.problem = failure.problem
      }
      return report
    }
  }

  /// Where the records that know how far the log went disagree with its end:
  /// the checks of ``verify(expecting:watermarks:)`` after the chain's, without
  /// reading the chain, on a connection the caller holds (a rebuild asks before
  /// it empties the projections whose checkpoints are among those records).
  public func endProblem(watermarks: [LogWatermark], in db: Database) throws
    -> (seq: SequenceNumber, problem: String)?
  {
    let last = try db.scalar(Int64.self, "SELECT max(seq) FROM events") ?? 0
    return try missingTail(after: last, watermarks: LogWatermark.log + watermarks, db)
      ?? storedHeadMismatch(last: last, db)
  }

  /// The chain, sequence numbers, stream versions and the out-of-order list.
  private func verifyChain(_ db: Database) throws -> VerificationReport {
    let statement = try db.makeStatement("SELECT \(Self.columns) FROM events ORDER BY seq")
    var previous = HashChain.genesis
    var expectedSeq: Int64 = 1
    var versions: [String: Int64] = [:]
    var count = 0
    var latestRecordedAt = Int64.min
    var disorder: [[Int64]] = []
    var failure: VerificationReport?
    // Up to the first problem: the report names that one.
    _ = try statement.containsRow { row in
      let event = try Self.decodeRaw(row)
      count += 1
      let seq = event.seq
      guard seq.rawValue == expectedSeq else {
        let problem =
          seq.rawValue > expectedSeq
          ? "sequence jumps from \(expectedSeq - 1) to \(seq): "
            + Self.missing(expectedSeq, seq.rawValue - 1)
          : "sequence number \(seq) is out of order"
        failure = VerificationReport(
          events: count, firstBadSeq: SequenceNumber(rawValue: expectedSeq), problem: problem)
        return true
      }
      let stream = event.stream.rawValue
      let expectedVersion = (versions[stream] ?? 0) + 1
      guard event.streamVersion == expectedVersion else {
        failure = VerificationReport(
          events: count, firstBadSeq: seq,
          problem:
            "stream \(stream) jumps to version \(event.streamVersion); expected \(expectedVersion)")
        return true
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
        failure = VerificationReport(
          events: count, firstBadSeq: seq,
          problem: "the hash of event \(seq) does not match its contents and predecessor")
        return true
      }
      previous = hash
      expectedSeq += 1
      let recordedAt = event.recordedAt.millisecondsSinceEpoch
      if recordedAt < latestRecordedAt {
        disorder.append([seq.rawValue, recordedAt, latestRecordedAt])
      } else {
        latestRecordedAt = recordedAt
      }
      return false
    }
    if let failure { return failure }
    // Past the end is the tail check's to name, with its own message.
    if let seq = try firstMislisted(expected: disorder, db), seq <= count {
      return VerificationReport(
        events: count, firstBadSeq: SequenceNumber(rawValue: seq),
        problem:
          "events_out_of_order does not match the log's system times at event \(seq): "
          + "replays as known at an instant would be wrong")
    }
    return VerificationReport(events: count)
  }

  /// "event N is missing" or "events N…M are missing".
  static func missing(_ first: Int64, _ last: Int64) -> String {
    first == last ? "event \(first) is missing" : "events \(first)…\(last) are missing"
  }

  /// The last event stored and its stored hash.
  private func storedHead(_ db: Database) throws -> ChainHead? {
    try db.fetchOne("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1") { row in
      ChainHead(
        seq: SequenceNumber(rawValue: try row.column(0)),
        hash: try row.column(1, as: Blob.self).bytes)
    }
  }

  /// The record naming the event furthest past `last`, if any does.
  func missingTail(after last: Int64, watermarks: [LogWatermark], _ db: Database) throws
    -> (seq: SequenceNumber, problem: String)?
  {
    var furthest: (seq: Int64, claim: String)?
    for watermark in watermarks {
      // Compiled afresh: a watermark's SQL may name a number, and is read once.
      try db.makeStatement(watermark.sql).forEachRow { row in
        guard let seq = try row.column(0, as: Int64?.self) else { return }
        if seq > last && seq > (furthest?.seq ?? 0) { furthest = (seq, try row.column(1)) }
      }
    }
    guard let furthest else { return nil }
    return (
      SequenceNumber(rawValue: last + 1),
      "the log ends at seq \(last) but \(furthest.claim) \(furthest.seq): "
        + Self.missing(last + 1, furthest.seq)
    )
  }

  /// Where `log_head` disagrees with the last event (a longer log than the head
  /// was appended behind kam's back; a shorter one the tail check has named).
  func storedHeadMismatch(last: Int64, _ db: Database) throws
    -> (seq: SequenceNumber, problem: String)?
  {
    let head = try db.fetchOne("SELECT seq, hash FROM log_head") { row in
      (try row.column(0, as: Int64.self), try row.column(1, as: Blob.self).bytes)
    }
    guard let (seq, hash) = head else {
      guard last > 0 else { return nil }
      return (
        SequenceNumber(rawValue: last),
        "the stored head of the chain (table log_head) is missing; the log ends at seq \(last)"
      )
    }
    if seq < last {
      return (
        SequenceNumber(rawValue: seq + 1),
        "the stored head of the chain is at event \(seq) but the log goes on to \(last): "
          + (seq + 1 == last ? "event \(last) was" : "events \(seq + 1)…\(last) were")
          + " added behind kam's back"
      )
    }
    guard try storedHash(of: seq, db) == hash else {
      return (
        SequenceNumber(rawValue: seq),
        "the hash of event \(seq) is not the one stored as the head of the chain: "
          + "the chain was recomputed after an edit"
      )
    }
    return nil
  }

  /// Where the log no longer holds `expected` with its hash.
  private func expectedHeadMismatch(_ expected: ChainHead?, last: Int64, _ db: Database) throws
    -> (seq: SequenceNumber, problem: String)?
  {
    guard let expected else { return nil }
    let seq = expected.seq.rawValue
    guard seq <= last else {
      return (
        SequenceNumber(rawValue: last + 1),
        "the log ends at seq \(last) but the expected head is event \(seq): "
          + Self.missing(last + 1, seq)
      )
    }
    let hash = try storedHash(of: seq, db) ?? []
    guard hash == expected.hash else {
      return (
        expected.seq,
        "event \(seq) has hash \(ChainHead.hex(hash)), not the expected \(expected.hexHash): "
          + "the log was changed at or before event \(seq) and its chain recomputed"
      )
    }
    return nil
  }

  private func storedHash(of seq: Int64, _ db: Database) throws -> [UInt8]? {
    try db.fetchOne("SELECT hash FROM events WHERE seq = ?", [seq]) {
      try $0.column(0, as: Blob.self).bytes
    }
  }

  /// The first event `events_out_of_order` gets wrong, given the rows it should
  /// hold (sequence number, system time, latest system time before), in order.
  private func firstMislisted(expected: [[Int64]], _ db: Database) throws -> Int64? {
    let listed = try db.fetchAll(
      "SELECT seq, recorded_at, latest_before FROM events_out_of_order ORDER BY seq"
    ) { row in [try row.column(0), try row.column(1), try row.column(2)] as [Int64] }
    guard listed != expected else { return nil }
    let shared = min(listed.count, expected.count)
    let index = (0..<shared).first { listed[$0] != expected[$0] } ?? shared
    // The earlier of the two rows that differ, or the one row left over.
    return [listed, expected].compactMap { $0.indices.contains(index) ? $0[index][0] : nil }.min()
  }
}
