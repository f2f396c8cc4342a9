public import KamTime

/// Move a registered client to another market segment.
public struct ChangeSegment: ClientCommand, Hashable {
  public var client: ClientSlug
  /// The new segment.
  public var segment: String
  public var occurredAt: Instant

  /// Moves `client` from `occurredAt`.
  public init(client: ClientSlug, segment: String, occurredAt: Instant) {
    self.client = client
    self.segment = segment
    self.occurredAt = occurredAt
  }

  /// Refuses an empty segment before any history is read.
  public func validate() -> CommandRefusal? {
    segment.isEmpty ? .emptyProfileValue(.segment) : nil
  }

  /// Refuses an unknown client, and a segment that is the client's already: a change
  /// that changes nothing would only lengthen the log.
  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).flatMap { history in
      history.segment == segment
        ? .failure(.unchanged(client, .segment, segment))
        : .success([.clientSegmentChanged(ClientSegmentChanged(client: client, segment: segment))])
    }
  }
}
