public import KamTime

/// Give a registered client a new account owner.
public struct ReassignClient: ClientCommand, Hashable {
  public var client: ClientSlug
  /// The new owner.
  public var owner: String
  public var occurredAt: Instant

  /// Reassigns `client` from `occurredAt`.
  public init(client: ClientSlug, owner: String, occurredAt: Instant) {
    self.client = client
    self.owner = owner
    self.occurredAt = occurredAt
  }

  /// Refuses an empty owner before any history is read.
  public func validate() -> CommandRefusal? {
    owner.isEmpty ? .emptyProfileValue(.owner) : nil
  }

  /// Refuses an unknown client, and a owner that is the client's already: a change
  /// that changes nothing would only lengthen the log.
  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).flatMap { history in
      history.owner == owner
        ? .failure(.unchanged(client, .owner, owner))
        : .success([.clientReassigned(ClientReassigned(client: client, owner: owner))])
    }
  }
}
