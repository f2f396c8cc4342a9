public import KamTime

/// Register a client.
public struct RegisterClient: ClientCommand, Hashable {
  /// The registration.
  public var registration: ClientRegistered
  public var occurredAt: Instant

  /// Registers the client at `occurredAt`.
  public init(_ registration: ClientRegistered, occurredAt: Instant) {
    self.registration = registration
    self.occurredAt = occurredAt
  }

  public var client: ClientSlug { registration.client }

  /// Refuses a slug that is registered already (a retracted registration frees it).
  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    if let history, history.isRegistered { return .failure(.clientExists(client)) }
    return .success([.clientRegistered(registration)])
  }
}

extension CommandRefusal {
  /// A registration of a slug that is taken.
  static func clientExists(_ client: ClientSlug) -> CommandRefusal {
    CommandRefusal(.clientExists, "client \"\(client)\" exists already")
  }
}
