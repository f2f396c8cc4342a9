public import KamTime

/// An event as the log holds it.
public struct StoredEvent: Sendable, Hashable {
  /// Global position.
  public var seq: SequenceNumber
  /// Unique id.
  public var id: EventID
  /// Stream.
  public var stream: StreamID
  /// Version within the stream (1 for its first event).
  public var streamVersion: Int64
  /// Event type.
  public var type: String
  /// Payload schema version (after upcasting, when read through an upcaster).
  public var typeVersion: Int
  /// Business time.
  public var occurredAt: Instant
  /// System time.
  public var recordedAt: Instant
  /// Who wrote it.
  public var actor: String
  /// The invocation that wrote it.
  public var commandID: CommandID
  /// Correlation id, if any.
  public var correlationID: String?
  /// Causation id, if any.
  public var causationID: String?
  /// The JSON payload.
  public var payload: [UInt8]
  /// SHA-256 of the previous hash and this event's fields.
  public var hash: [UInt8]

  /// The payload as text.
  public var payloadText: String { String(decoding: payload, as: UTF8.self) }

  /// Creates a stored event from its fields.
  public init(
    seq: SequenceNumber, id: EventID, stream: StreamID, streamVersion: Int64, type: String,
    typeVersion: Int, occurredAt: Instant, recordedAt: Instant, actor: String,
    commandID: CommandID, correlationID: String?, causationID: String?, payload: [UInt8],
    hash: [UInt8]
  ) {
    self.seq = seq
    self.id = id
    self.stream = stream
    self.streamVersion = streamVersion
    self.type = type
    self.typeVersion = typeVersion
    self.occurredAt = occurredAt
    self.recordedAt = recordedAt
    self.actor = actor
    self.commandID = commandID
    self.correlationID = correlationID
    self.causationID = causationID
    self.payload = payload
    self.hash = hash
  }
}
