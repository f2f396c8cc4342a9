/// Which events the retractions read so far take back: an event is retracted
/// while an effective retraction targets it, and a retraction is effective
/// unless itself retracted (a redo retracts an undo's retractions).
///
/// ``ClientHistory`` keeps the same for one client's fold; this serves a
/// listing of the raw log, across clients.
public struct RetractionLedger: Hashable, Sendable {
  /// Retracted sequence number → the sequence numbers of the retractions of it.
  public private(set) var retractions: [Int64: [Int64]] = [:]

  /// A ledger with no retraction.
  public init() {}

  /// Notes that the event at `retraction` retracts the one at `target`.
  public mutating func record(_ retraction: Int64, retracting target: Int64) {
    retractions[target, default: []].append(retraction)
  }

  /// True when the event at `seq` no longer counts.
  public func isRetracted(_ seq: Int64) -> Bool {
    guard let by = retractions[seq] else { return false }
    // A retraction always has a later seq than its target, so this ends.
    return by.contains { $0 > seq && !isRetracted($0) }
  }
}
