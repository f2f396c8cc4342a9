public import KamTime

/// Remove a client's strategic mark.
public struct ClearStrategicFlag: ClientCommand, Hashable {
  public var client: ClientSlug
  public var occurredAt: Instant

  /// Clears the mark of `client` from `occurredAt`.
  public init(client: ClientSlug, occurredAt: Instant) {
    self.client = client
    self.occurredAt = occurredAt
  }

  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).map { _ in [.strategicFlagCleared(StrategicFlagCleared(client: client))] }
  }
}
