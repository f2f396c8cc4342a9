/// The hash chain checked while a fold reads the log from its first event
/// (``SQLiteEventLog/forEachEventToFold(after:limit:checking:_:)``), so that a
/// rebuild does not fold a damaged log without knowing it.
///
/// It costs the columns a fold does not otherwise read and one SHA-256 of each
/// row; after the first failure it stops hashing.
public struct ChainCheck: Sendable {
  var previous = HashChain.genesis
  var nextSeq: Int64 = 1
  /// Reused from row to row.
  var hasher = HashChain.Hasher()
  /// The first event found wrong and why, or nil while the chain holds.
  public private(set) var failure: (seq: SequenceNumber, problem: String)?

  /// A check of the chain from its first event.
  public init() {}

  /// The last event checked: the position to read on from.
  public var checkedThrough: SequenceNumber { SequenceNumber(rawValue: nextSeq - 1) }

  mutating func fail(_ seq: Int64, _ problem: String) {
    failure = (SequenceNumber(rawValue: seq), problem)
  }
}
