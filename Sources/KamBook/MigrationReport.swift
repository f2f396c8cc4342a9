public import KamEventLog

/// What ``Book/migrate(from:to:sliceSize:progress:)`` did.
public struct MigrationReport: Sendable, Hashable {
  /// Where the book was copied from, for messages (no password).
  public var source: String
  /// Where it was copied to.
  public var target: String
  /// The events of the source's log, all of which the target now holds.
  public var events: Int64
  /// Of them, the ones this run copied (zero when the target was a whole copy).
  public var copied: Int64
  /// The head of the chain both books share.
  public var head: ChainHead

  /// Creates a report.
  public init(source: String, target: String, events: Int64, copied: Int64, head: ChainHead) {
    self.source = source
    self.target = target
    self.events = events
    self.copied = copied
    self.head = head
  }
}
