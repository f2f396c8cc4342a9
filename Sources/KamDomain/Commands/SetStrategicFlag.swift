public import KamTime

/// Mark a client as strategically important, with the reason.
public struct SetStrategicFlag: ClientCommand, Hashable {
  public var client: ClientSlug
  /// Why the client matters beyond its profit.
  public var reason: String
  public var occurredAt: Instant

  /// Marks `client` strategic from `occurredAt`.
  public init(client: ClientSlug, reason: String, occurredAt: Instant) {
    self.client = client
    self.reason = reason
    self.occurredAt = occurredAt
  }

  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).map { _ in
      [.strategicFlagSet(StrategicFlagSet(client: client, reason: reason))]
    }
  }
}
