/// A record kept beside the chain that knows how far the log went: a
/// projection's checkpoint, the stored head of the chain, a row naming an event.
///
/// Deleting the newest events leaves no gap for the chain to show, so
/// verification compares the end of the log with every such record: one that
/// names an event past the end proves events missing.
package struct LogWatermark: Sendable, Hashable {
  /// The event the record names.
  package var seq: Int64
  /// What names it, as it reads before the number in a message:
  /// "projection client-value has read up to".
  package var claim: String

  /// Creates a watermark.
  package init(seq: Int64, claim: String) {
    self.seq = seq
    self.claim = claim
  }
}
