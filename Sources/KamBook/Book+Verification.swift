import KamDomain
public import KamEventLog

extension Book {
  /// Checks the book a store holds as `kam verify` does: the log's chain,
  /// sequence numbers and stream versions, every record that knows how far the
  /// log went (the stored head, the projections' checkpoints and rows, the
  /// client snapshots), `expected` when given, and then the store's own check
  /// of its storage.
  ///
  /// Reads the store without reading the book-created event, so that a log
  /// missing its first events is reported as damaged rather than refused.
  ///
  /// - Throws: ``BookError`` when the store cannot be read; damage the checks
  ///   find is in the report.
  package static func verify(_ store: any BookStore, expecting expected: ChainHead?)
    throws(BookError) -> VerificationReport
  {
    var report = try store.reading { tx in
      let watermarks = try tx.projectionWatermarks() + snapshotWatermarks(tx)
      return try tx.verify(expecting: expected, watermarks: watermarks)
    }
    if report.ok && report.events == 0 {
      // A kam book starts with its book-created event: an empty log is a
      // book emptied or cut short, not a sound one.
      report.firstBadSeq = SequenceNumber(rawValue: 1)
      report.problem = "the log holds no events; a book starts with its book-created event"
    }
    let storageProblem: String?
    do {
      storageProblem = report.ok ? try store.storageProblem() : nil
    } catch {
      throw BookError.wrap(error)
    }
    if let damage = storageProblem {
      report.problem =
        "the file is damaged (\(damage)); the log's events read back sound, so kam rebuild "
        + "may mend the projections"
    }
    return report
  }

  /// Checks this book as ``verify(_:expecting:)`` does.
  public func verify(expecting expected: ChainHead? = nil) throws(BookError) -> VerificationReport {
    try Self.verify(store, expecting: expected)
  }

  /// The stored client history reaching furthest, as a watermark.
  private static func snapshotWatermarks(_ tx: any BookTransaction) throws -> [LogWatermark] {
    var furthest: (seq: Int64, client: String)?
    for (client, snapshot) in try tx.snapshots() {
      // One that cannot be read is the projection's problem, which a rebuild
      // mends; it proves nothing about the log.
      guard let history = try? ClientHistory(snapshot: snapshot) else { continue }
      if history.lastSeq > (furthest?.seq ?? 0) { furthest = (history.lastSeq, client) }
    }
    guard let furthest else { return [] }
    return [
      LogWatermark(
        seq: furthest.seq, claim: "the stored history of client \(furthest.client) names event")
    ]
  }

  /// The message of a rebuild that found the log damaged.
  static func damage(_ seq: SequenceNumber, _ problem: String, forced: Bool) -> String {
    forced
      ? "the log is damaged at event \(seq): \(problem); the projections were rebuilt from it "
        + "anyway (--force), and show what the damaged log says"
      : "the log is damaged at event \(seq): \(problem); the projections were left as they were "
        + "(kam verify checks the log; kam rebuild --force rebuilds from it anyway)"
  }
}
