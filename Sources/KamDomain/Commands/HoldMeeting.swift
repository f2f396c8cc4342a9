public import KamTime

/// Record a meeting held with a client.
public struct HoldMeeting: ClientCommand, Hashable {
  /// The meeting.
  public var meeting: MeetingHeld
  public var occurredAt: Instant

  /// A meeting held at `occurredAt`.
  public init(_ meeting: MeetingHeld, occurredAt: Instant) {
    self.meeting = meeting
    self.occurredAt = occurredAt
  }

  public var client: ClientSlug { meeting.client }

  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).map { _ in [.meetingHeld(meeting)] }
  }
}
