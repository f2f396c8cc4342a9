public import KamTime

/// What one person entered at one sitting: the events of one append call.
public struct SimulationBatch: Hashable, Sendable {
  /// 0 for the book's creation, then 1, 2, … in recording order.
  public var number: Int
  /// Who entered them: an account owner's login, or `kam-demo` for the book itself.
  public var actor: String
  /// When they were entered; every event of the batch shares it.
  public var recordedAt: Instant
  /// The events, in the order they are appended.
  public var events: [SimulatedEvent]

  /// Creates a batch.
  public init(number: Int, actor: String, recordedAt: Instant, events: [SimulatedEvent]) {
    self.number = number
    self.actor = actor
    self.recordedAt = recordedAt
    self.events = events
  }
}
