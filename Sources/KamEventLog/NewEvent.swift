public import KamTime

/// An event to append: what happened, to which stream, and when it occurred.
public struct NewEvent: Sendable, Hashable {
  /// The event's unique id; reuse it when retrying.
  public var id: EventID
  /// The stream it belongs to.
  public var stream: StreamID
  /// The event type, such as `sale-recorded`.
  public var type: String
  /// The payload's schema version.
  public var typeVersion: Int
  /// Business time: when it happened. May be in the past (backdated).
  public var occurredAt: Instant
  /// The JSON payload, as UTF-8 bytes.
  public var payload: [UInt8]
  /// The version the stream must be at; checked before this event is written.
  public var expectedVersion: ExpectedVersion
  /// Ties events of one business process together.
  public var correlationID: String?
  /// The event or command that caused this one.
  public var causationID: String?

  /// Creates an event to append.
  public init(
    id: EventID = .random(), stream: StreamID, type: String, typeVersion: Int,
    occurredAt: Instant, payload: [UInt8], expectedVersion: ExpectedVersion = .any,
    correlationID: String? = nil, causationID: String? = nil
  ) {
    self.id = id
    self.stream = stream
    self.type = type
    self.typeVersion = typeVersion
    self.occurredAt = occurredAt
    self.payload = payload
    self.expectedVersion = expectedVersion
    self.correlationID = correlationID
    self.causationID = causationID
  }
}
