/// A record kept beside the chain that knows how far the log went: a
/// projection's checkpoint, the stored head of the chain, a row naming an event.
///
/// Deleting the newest events leaves no gap for the chain to show, so
/// ``SQLiteEventLog/verify(expecting:watermarks:)`` compares the end of the
/// log with every such record: one that names an event past the end proves
/// events missing.
public struct LogWatermark: Sendable, Hashable {
  /// A query whose rows are (sequence number, what names it), the latter as it
  /// reads before the number in a message: "projection value has read up to".
  /// Rows with a NULL number are ignored.
  public var sql: String

  /// Creates a watermark from its query.
  public init(sql: String) { self.sql = sql }

  /// The log's own records: the stored head of the chain (schema 8) and the
  /// events listed as recorded out of order (schema 7).
  public static let log: [LogWatermark] = [
    LogWatermark(sql: "SELECT seq, 'the stored head of the chain is at event' FROM log_head"),
    LogWatermark(
      sql: """
        SELECT max(seq), 'the list of events recorded out of order names event'
        FROM events_out_of_order
        """),
  ]
}
