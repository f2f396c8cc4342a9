public import KamTime

/// A domain event as the log delivered it: position, both times, and who.
public struct RecordedEvent: Hashable, Sendable {
  /// Global position in the log.
  public var seq: Int64
  /// The stream it belongs to (a client's slug, or `$book`, `$policy`, `$decisions`).
  public var stream: String
  /// Business time: when it happened.
  public var occurredAt: Instant
  /// System time: when kam learned of it.
  public var recordedAt: Instant
  /// Who recorded it.
  public var actor: String
  /// The invocation that recorded it.
  public var commandID: String
  /// The event.
  public var event: DomainEvent

  /// Creates a recorded event.
  public init(
    seq: Int64, stream: String, occurredAt: Instant, recordedAt: Instant, actor: String = "test",
    commandID: String = "c0", event: DomainEvent
  ) {
    self.seq = seq
    self.stream = stream
    self.occurredAt = occurredAt
    self.recordedAt = recordedAt
    self.actor = actor
    self.commandID = commandID
    self.event = event
  }

  /// The business day it happened on.
  public var date: CalendarDate { occurredAt.date }
}
