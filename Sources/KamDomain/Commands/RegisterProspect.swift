public import KamTime

/// Register a prospect, or register one again with a new win probability.
public struct RegisterProspect: ClientCommand, Hashable {
  /// The registration.
  public var registration: ProspectRegistered
  public var occurredAt: Instant

  /// Registers the prospect at `occurredAt`.
  public init(_ registration: ProspectRegistered, occurredAt: Instant) {
    self.registration = registration
    self.occurredAt = occurredAt
  }

  public var client: ClientSlug { registration.client }

  /// A slug that is registered already may be registered again only while it
  /// is a prospect, registered as one and with no sale that counts: that
  /// updates its terms. A client is never turned back into a prospect.
  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    if let history, history.isRegistered,
      !(history.registeredAsProspect && history.isProspect)
    {
      return .failure(.clientExists(client))
    }
    return .success([.prospectRegistered(registration)])
  }
}
