public import KamTime

/// Give a registered client a new display name.
public struct RenameClient: ClientCommand, Hashable {
  public var client: ClientSlug
  /// The new name.
  public var name: String
  public var occurredAt: Instant

  /// Renames `client` from `occurredAt`.
  public init(client: ClientSlug, name: String, occurredAt: Instant) {
    self.client = client
    self.name = name
    self.occurredAt = occurredAt
  }

  /// Refuses an empty name before any history is read.
  public func validate() -> CommandRefusal? {
    name.isEmpty ? .emptyProfileValue(.name) : nil
  }

  /// Refuses an unknown client, and a name that is the client's already: a change
  /// that changes nothing would only lengthen the log.
  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).flatMap { history in
      history.name == name
        ? .failure(.unchanged(client, .name, name))
        : .success([.clientRenamed(ClientRenamed(client: client, name: name))])
    }
  }
}
