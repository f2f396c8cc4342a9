extension EventLogTransaction {
  /// Recomputes the chain from the first event and checks that sequence
  /// numbers run 1, 2, 3, … and each stream's versions run 1, 2, 3, … in order;
  /// that no record that knows how far the log went (the recorded head of the
  /// chain, the out-of-order list, `watermarks`) names an event past its end;
  /// that the log still holds `expected` with its hash; and that the
  /// out-of-order list holds exactly the events recorded earlier than one
  /// before them.
  ///
  /// Reads the events as stored (no upcasting). The report names the first
  /// problem found, in that order.
  package func verify(expecting expected: ChainHead?, watermarks: [LogWatermark]) throws
    -> VerificationReport
  {
    var verifier = ChainVerifier()
    try forEachEventAsStored { verifier.check($0) }
    let listed = try listedOutOfOrder()
    var report = verifier.report(listed: listed)
    report.head = try storedHead()
    guard report.ok else { return report }
    let last = Int64(report.events)
    let failure =
      try missingTail(after: last, watermarks: watermarks, listed: listed)
      ?? storedHeadMismatch(last: last)
      ?? expectedHeadMismatch(expected, last: last)
    if let failure {
      report.firstBadSeq = failure.seq
      report.problem = failure.problem
    }
    return report
  }

  /// Where the records that know how far the log went disagree with its end:
  /// the checks of ``verify(expecting:watermarks:)`` after the chain's, without
  /// reading the chain (a rebuild asks before it empties the projections whose
  /// checkpoints are among those records).
  package func endProblem(watermarks: [LogWatermark]) throws
    -> (seq: SequenceNumber, problem: String)?
  {
    let last = try lastSequence().rawValue
    return try missingTail(after: last, watermarks: watermarks, listed: listedOutOfOrder())
      ?? storedHeadMismatch(last: last)
  }

  /// The last event stored and its stored hash.
  private func storedHead() throws -> ChainHead? {
    let last = try lastSequence()
    guard last != .zero, let hash = try hash(at: last) else { return nil }
    return ChainHead(seq: last, hash: hash)
  }

  /// The record naming the event furthest past `last`, if any does.
  private func missingTail(
    after last: Int64, watermarks: [LogWatermark], listed: [OutOfOrderRecord]
  ) throws -> (seq: SequenceNumber, problem: String)? {
    // The log's own records first: of records naming the same event, the first is named.
    var all: [LogWatermark] = []
    if let head = try recordedHead() {
      all.append(
        LogWatermark(seq: head.seq.rawValue, claim: "the stored head of the chain is at event"))
    }
    if let seq = listed.map(\.seq).max() {
      all.append(
        LogWatermark(seq: seq, claim: "the list of events recorded out of order names event"))
    }
    all += watermarks
    var furthest: LogWatermark?
    for watermark in all where watermark.seq > last && watermark.seq > (furthest?.seq ?? 0) {
      furthest = watermark
    }
    guard let furthest else { return nil }
    return (
      SequenceNumber(rawValue: last + 1),
      "the log ends at seq \(last) but \(furthest.claim) \(furthest.seq): "
        + ChainVerifier.missing(last + 1, furthest.seq)
    )
  }

  /// Where the recorded head disagrees with the last event (a longer log than
  /// the head was appended behind kam's back; a shorter one the tail check has named).
  private func storedHeadMismatch(last: Int64) throws -> (seq: SequenceNumber, problem: String)? {
    guard let head = try recordedHead() else {
      guard last > 0 else { return nil }
      return (
        SequenceNumber(rawValue: last),
        "the stored head of the chain (table log_head) is missing; the log ends at seq \(last)"
      )
    }
    let seq = head.seq.rawValue
    if seq < last {
      return (
        SequenceNumber(rawValue: seq + 1),
        "the stored head of the chain is at event \(seq) but the log goes on to \(last): "
          + (seq + 1 == last ? "event \(last) was" : "events \(seq + 1)…\(last) were")
          + " added behind kam's back"
      )
    }
    guard try hash(at: head.seq) == head.hash else {
      return (
        head.seq,
        "the hash of event \(seq) is not the one stored as the head of the chain: "
          + "the chain was recomputed after an edit"
      )
    }
    return nil
  }

  /// Where the log no longer holds `expected` with its hash.
  private func expectedHeadMismatch(_ expected: ChainHead?, last: Int64) throws
    -> (seq: SequenceNumber, problem: String)?
  {
    guard let expected else { return nil }
    let seq = expected.seq.rawValue
    guard seq <= last else {
      return (
        SequenceNumber(rawValue: last + 1),
        "the log ends at seq \(last) but the expected head is event \(seq): "
          + ChainVerifier.missing(last + 1, seq)
      )
    }
    let hash = try hash(at: expected.seq) ?? []
    guard hash == expected.hash else {
      return (
        expected.seq,
        "event \(seq) has hash \(ChainHead.hex(hash)), not the expected \(expected.hexHash): "
          + "the log was changed at or before event \(seq) and its chain recomputed"
      )
    }
    return nil
  }
}
