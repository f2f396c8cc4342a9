import KamTime

/// Checks a log read as stored from its first event: the hash chain, sequence
/// numbers 1, 2, 3, …, each stream's versions 1, 2, 3, …, and which events
/// were recorded earlier than one before them.
package struct ChainVerifier {
  private var previous = HashChain.genesis
  private var expectedSeq: Int64 = 1
  private var versions: [String: Int64] = [:]
  private var count = 0
  private var latestRecordedAt = Int64.min
  /// The events found recorded out of order, so far.
  private var disorder: [OutOfOrderRecord] = []
  /// The first problem, once found.
  private var failure: VerificationReport?

  /// A check from the first event.
  package init() {}

  /// Checks the next event; false once a problem is found (the report names it).
  package mutating func check(_ event: StoredEvent) -> Bool {
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
      return false
    }
    let stream = event.stream.rawValue
    let expectedVersion = (versions[stream] ?? 0) + 1
    guard event.streamVersion == expectedVersion else {
      failure = VerificationReport(
        events: count, firstBadSeq: seq,
        problem:
          "stream \(stream) jumps to version \(event.streamVersion); expected \(expectedVersion)")
      return false
    }
    versions[stream] = expectedVersion
    let hash = HashChain.hash(previous: previous, event)
    guard hash == event.hash else {
      failure = VerificationReport(
        events: count, firstBadSeq: seq,
        problem: "the hash of event \(seq) does not match its contents and predecessor")
      return false
    }
    previous = hash
    expectedSeq += 1
    let recordedAt = event.recordedAt.millisecondsSinceEpoch
    if recordedAt < latestRecordedAt {
      disorder.append(
        OutOfOrderRecord(seq: seq.rawValue, recordedAt: recordedAt, latestBefore: latestRecordedAt))
    } else {
      latestRecordedAt = recordedAt
    }
    return true
  }

  /// The report on what was checked, given the store's out-of-order list.
  package func report(listed: [OutOfOrderRecord]) -> VerificationReport {
    if let failure { return failure }
    // Past the end is the tail check's to name, with its own message.
    if let seq = Self.firstMislisted(listed: listed, expected: disorder), seq <= count {
      return VerificationReport(
        events: count, firstBadSeq: SequenceNumber(rawValue: seq),
        problem:
          "events_out_of_order does not match the log's system times at event \(seq): "
          + "replays as known at an instant would be wrong")
    }
    return VerificationReport(events: count)
  }

  /// "event N is missing" or "events N…M are missing".
  package static func missing(_ first: Int64, _ last: Int64) -> String {
    first == last ? "event \(first) is missing" : "events \(first)…\(last) are missing"
  }

  /// The first event the store's list gets wrong, given the rows it should hold.
  private static func firstMislisted(listed: [OutOfOrderRecord], expected: [OutOfOrderRecord])
    -> Int64?
  {
    guard listed != expected else { return nil }
    let shared = min(listed.count, expected.count)
    let index = (0..<shared).first { listed[$0] != expected[$0] } ?? shared
    // The earlier of the two rows that differ, or the one row left over.
    return [listed, expected].compactMap { $0.indices.contains(index) ? $0[index].seq : nil }.min()
  }
}
