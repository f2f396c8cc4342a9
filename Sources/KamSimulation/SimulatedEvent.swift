public import KamDomain
public import KamTime

/// One event of a simulated book, with both of its times.
public struct SimulatedEvent: Hashable, Sendable {
  /// Its position in the simulated log: 1 for the book's creation, then 2, 3, …
  /// Appended in order to a fresh book, this is the event's sequence number.
  public var number: Int64
  /// The stream: the client's slug, or `$book`.
  public var stream: String
  /// The event.
  public var event: DomainEvent
  /// Business time: when it happened.
  public var occurredAt: Instant
  /// System time: when it was entered (the batch's time).
  public var recordedAt: Instant

  /// Creates an event.
  public init(
    number: Int64, stream: String, event: DomainEvent, occurredAt: Instant, recordedAt: Instant
  ) {
    self.number = number
    self.stream = stream
    self.event = event
    self.occurredAt = occurredAt
    self.recordedAt = recordedAt
  }

  /// True when it was entered on a later day than it happened.
  public var isBackdated: Bool { recordedAt.date > occurredAt.date }
}
