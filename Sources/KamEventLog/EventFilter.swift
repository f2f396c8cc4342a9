public import KamTime

/// Which events to read: by stream, business time and system time.
public struct EventFilter: Sendable, Hashable {
  /// Only this stream.
  public var stream: StreamID?
  /// Only events that occurred at or after this instant.
  public var occurredFrom: Instant?
  /// Only events that occurred before this instant (exclusive).
  public var occurredBefore: Instant?
  /// Only events recorded at or before this instant: the log "as known at" it.
  public var recordedBy: Instant?
  /// Only events after this position.
  public var after: SequenceNumber
  /// Only events before this position (exclusive): the log as it stood when
  /// that event was appended.
  public var before: SequenceNumber?

  /// Creates a filter; the default matches every event.
  public init(
    stream: StreamID? = nil, occurredFrom: Instant? = nil, occurredBefore: Instant? = nil,
    recordedBy: Instant? = nil, after: SequenceNumber = .zero, before: SequenceNumber? = nil
  ) {
    self.stream = stream
    self.occurredFrom = occurredFrom
    self.occurredBefore = occurredBefore
    self.recordedBy = recordedBy
    self.after = after
    self.before = before
  }
}
