/// An event recorded earlier than an event before it (a clock set back, or
/// another machine's), with the latest system time recorded before it.
///
/// The events recorded by an instant K are the log's first S exactly when K
/// falls in no such record's interval [recordedAt, latestBefore).
package struct OutOfOrderRecord: Hashable, Sendable {
  /// The event.
  package var seq: Int64
  /// Its system time, ms since 1970 UTC.
  package var recordedAt: Int64
  /// The latest system time of any earlier event.
  package var latestBefore: Int64

  /// Creates a record.
  package init(seq: Int64, recordedAt: Int64, latestBefore: Int64) {
    self.seq = seq
    self.recordedAt = recordedAt
    self.latestBefore = latestBefore
  }
}
