public import KamEventLog
import KamTime
import PostgresNIO

extension PostgresEventLog {
  /// ``verify(expecting:watermarks:)`` with the log's own watermarks and no expected head.
  public func verify() throws -> VerificationReport {
    try verify(expecting: nil, watermarks: [])
  }

  /// The checks of ``SQLiteEventLog/verify(expecting:watermarks:)``, with the
  /// same report for the same events: the chain from the first event, sequence
  /// numbers 1, 2, 3, …, each stream's versions 1, 2, 3, …; no record that knows
  /// how far the log went (the stored head, `watermarks`) past its end; the log
  /// still holding `expected`; `events_out_of_order` listing exactly the events
  /// recorded earlier than one before them.
  ///
  /// Reads the rows as stored (no upcasting), in one snapshot. `watermarks`
  /// are queries run on this server (PostgreSQL's SQL).
  public func verify(expecting expected: ChainHead?, watermarks: [LogWatermark]) throws
    -> VerificationReport
  {
    try read { session in
      var report = try verifyChain(session)
      report.head = try storedHead(session)
      guard report.ok else { return report }
      let last = Int64(report.events)
      let failure =
        try missingTail(after: last, watermarks: LogWatermark.log + watermarks, session)
        ?? storedHeadMismatch(last: last, session)
        ?? expectedHeadMismatch(expected, last: last, session)
      if let failure {
        report.firstBadSeq = failure.seq
        report.problem = failure.problem
      }
      return report
    }
  }

  /// The chain, sequence numbers, stream versions and the out-of-order list.
  private func verifyChain(_ session: PostgresSession) throws -> VerificationReport {
    var previous = HashChain.genesis
    var expectedSeq: Int64 = 1
    var versions: [String: Int64] = [:]
    var count = 0
    var latestRecordedAt = Int64.min
    var disorder: [[Int64]] = []
    var failure: VerificationReport?
    var position = SequenceNumber.zero
    // Page by page up to the first problem: the report names that one.
    pages: while failure == nil {
      var rows = 0
      try forEachRow(after: position, limit: Self.pageSize, in: session) { row in
        rows += 1
        guard failure == nil else { return }
        let event = try Self.decodeRaw(row)
        position = event.seq
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
          return
        }
        let stream = event.stream.rawValue
        let expectedVersion = (versions[stream] ?? 0) + 1
        guard event.streamVersion == expectedVersion else {
          failure = VerificationReport(
            events: count, firstBadSeq: seq,
            problem:
              "stream \(stream) jumps to version \(event.streamVersion); expected \(expectedVersion)"
          )
          return
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
          return
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
      if rows < Self.pageSize { break pages }
    }
    if let failure { return failure }
    // Past the end is the tail check's to name, with its own message.
    if let seq = try firstMislisted(expected: disorder, session), seq <= count {
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
  private func storedHead(_ session: PostgresSession) throws -> ChainHead? {
    try session.query("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").first.map { row in
      let (seq, hash) = try row.decode((Int64, ByteBuffer).self)
      return ChainHead(seq: SequenceNumber(rawValue: seq), hash: Array(hash.readableBytesView))
    }
  }

  /// The record naming the event furthest past `last`, if any does.
  private func missingTail(
    after last: Int64, watermarks: [LogWatermark], _ session: PostgresSession
  ) throws -> (seq: SequenceNumber, problem: String)? {
    var furthest: (seq: Int64, claim: String)?
    for watermark in watermarks {
      for row in try session.query(PostgresQuery(unsafeSQL: watermark.sql)) {
        let cells = row.makeRandomAccess()
        guard let seq = try cells[0].decode(Int64?.self) else { continue }
        if seq > last && seq > (furthest?.seq ?? 0) {
          furthest = (seq, try cells[1].decode(String.self))
        }
      }
    }
    guard let furthest else { return nil }
    return (
      SequenceNumber(rawValue: last + 1),
      "the log ends at seq \(last) but \(furthest.claim) \(furthest.seq): "
        + Self.missing(last + 1, furthest.seq)
    )
  }

  /// Where `log_head` disagrees with the last event.
  private func storedHeadMismatch(last: Int64, _ session: PostgresSession) throws
    -> (seq: SequenceNumber, problem: String)?
  {
    let head = try session.query("SELECT seq, hash FROM log_head").first.map { row in
      let (seq, hash) = try row.decode((Int64, ByteBuffer).self)
      return (seq, Array(hash.readableBytesView))
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
    guard try storedHash(of: seq, session) == hash else {
      return (
        SequenceNumber(rawValue: seq),
        "the hash of event \(seq) is not the one stored as the head of the chain: "
          + "the chain was recomputed after an edit"
      )
    }
    return nil
  }

  /// Where the log no longer holds `expected` with its hash.
  private func expectedHeadMismatch(
    _ expected: ChainHead?, last: Int64, _ session: PostgresSession
  ) throws -> (seq: SequenceNumber, problem: String)? {
    guard let expected else { return nil }
    let seq = expected.seq.rawValue
    guard seq <= last else {
      return (
        SequenceNumber(rawValue: last + 1),
        "the log ends at seq \(last) but the expected head is event \(seq): "
          + Self.missing(last + 1, seq)
      )
    }
    let hash = try storedHash(of: seq, session) ?? []
    guard hash == expected.hash else {
      let found = ChainHead(seq: expected.seq, hash: hash).hexHash
      return (
        expected.seq,
        "event \(seq) has hash \(found), not the expected \(expected.hexHash): "
          + "the log was changed at or before event \(seq) and its chain recomputed"
      )
    }
    return nil
  }

  private func storedHash(of seq: Int64, _ session: PostgresSession) throws -> [UInt8]? {
    try session.query("SELECT hash FROM events WHERE seq = \(seq)").first.map {
      Array(try $0.decode(ByteBuffer.self).readableBytesView)
    }
  }

  /// The first event `events_out_of_order` gets wrong, given the rows it should hold.
  private func firstMislisted(expected: [[Int64]], _ session: PostgresSession) throws -> Int64? {
    let listed = try session.query(
      "SELECT seq, recorded_at, latest_before FROM events_out_of_order ORDER BY seq"
    ).map { row -> [Int64] in
      let (seq, recordedAt, latestBefore) = try row.decode((Int64, Int64, Int64).self)
      return [seq, recordedAt, latestBefore]
    }
    guard listed != expected else { return nil }
    let shared = min(listed.count, expected.count)
    let index = (0..<shared).first { listed[$0] != expected[$0] } ?? shared
    // The earlier of the two rows that differ, or the one row left over.
    return [listed, expected].compactMap { $0.indices.contains(index) ? $0[index][0] : nil }.min()
  }
}
