/// Where a projection stands against the log: the last event it applied, and
/// the event it stopped at, if one could not be applied.
package struct ProjectionCheckpoint: Hashable, Sendable {
  /// The projection's name.
  package var name: String
  /// The last sequence number it applied.
  package var checkpoint: Int64
  /// The event it stopped at.
  package var failedSeq: Int64?
  /// Why it stopped.
  package var failure: String?

  /// Creates a checkpoint.
  package init(name: String, checkpoint: Int64, failedSeq: Int64? = nil, failure: String? = nil) {
    self.name = name
    self.checkpoint = checkpoint
    self.failedSeq = failedSeq
    self.failure = failure
  }
}
