/// The hash chain checked while a fold reads the log from its first event
/// (``EventLogTransaction/forEachEventToFold(after:limit:checking:_:)``), so that a
/// rebuild does not fold a damaged log without knowing it.
///
/// It costs the columns a fold does not otherwise read and one SHA-256 of each
/// row; after the first failure it stops hashing.
public struct ChainCheck: Sendable {
  package var previous = HashChain.genesis
  package var nextSeq: Int64 = 1
  /// Reused from row to row.
  package var hasher = HashChain.Hasher()
  /// The first event found wrong and why, or nil while the chain holds.
  public private(set) var failure: (seq: SequenceNumber, problem: String)?

  /// A check of the chain from its first event.
  public init() {}

  /// The last event checked: the position to read on from.
  public var checkedThrough: SequenceNumber { SequenceNumber(rawValue: nextSeq - 1) }

  package mutating func fail(_ seq: Int64, _ problem: String) {
    failure = (SequenceNumber(rawValue: seq), problem)
  }

  /// Checks the next event as stored (its event id, ids and hash read), for a
  /// store that holds events whole; a SQLite row is hashed in place instead.
  package mutating func check(_ event: StoredEvent) {
    guard failure == nil else { return }
    let seq = event.seq.rawValue
    guard seq == nextSeq else {
      fail(
        nextSeq,
        seq > nextSeq
          ? "sequence jumps from \(nextSeq - 1) to \(seq): "
            + ChainVerifier.missing(nextSeq, seq - 1)
          : "sequence number \(seq) is out of order")
      return
    }
    let hash = HashChain.hash(previous: previous, event)
    guard hash == event.hash else {
      fail(seq, "the hash of event \(seq) does not match its contents and predecessor")
      return
    }
    previous = hash
    nextSeq = seq + 1
  }
}
