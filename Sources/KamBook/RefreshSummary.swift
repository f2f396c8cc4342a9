public import KamEventLog
public import KamTime

/// What ``Book/refresh(on:)`` kept: the day's listings of the log at one event (and the
/// service norms `kam explain` reads with them).
public struct RefreshSummary: Hashable, Sendable {
  /// The business date the listings are of.
  public var date: CalendarDate
  /// The log's last event when they were evaluated.
  public var head: SequenceNumber
  /// How many clients the client listing holds.
  public var clients: Int
  /// How many rows the risk listing holds.
  public var risks: Int
  /// Whether both listings are kept at the log's last event: false when the log moved on
  /// while they were evaluated, or another writer kept the book too busy to store them.
  public var kept: Bool

  /// A summary of its parts.
  public init(date: CalendarDate, head: SequenceNumber, clients: Int, risks: Int, kept: Bool) {
    self.date = date
    self.head = head
    self.clients = clients
    self.risks = risks
    self.kept = kept
  }
}
