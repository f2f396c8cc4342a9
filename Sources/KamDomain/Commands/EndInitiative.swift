public import KamTime

/// End an open joint initiative on a given day.
public struct EndInitiative: ClientCommand, Hashable {
  public var client: ClientSlug
  /// The initiative's id, as starting it gave it.
  public var initiative: String
  /// Business time of its last day, `on`.
  public var occurredAt: Instant

  /// Ends `initiative` on the day of `occurredAt`.
  public init(client: ClientSlug, initiative: String, occurredAt: Instant) {
    self.client = client
    self.initiative = initiative
    self.occurredAt = occurredAt
  }

  /// Ends an initiative that counts, on or after its first day. Ending one
  /// again moves its last day: the latest ending stands.
  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).flatMap { history in
      guard
        let started = history.initiatives.first(where: { $0.id == initiative }),
        !history.isRetracted(started.seq)
      else {
        return .failure(
          CommandRefusal(
            .unknownInitiative, "client \(client) has no initiative \"\(initiative)\""))
      }
      guard occurredAt.date >= started.from else {
        return .failure(
          CommandRefusal(
            .beforeStart,
            "\(input: "on") \(occurredAt.date) is before the initiative started (\(started.from))"
          ))
      }
      return .success([
        .initiativeEnded(
          InitiativeEnded(client: client, initiative: initiative, on: occurredAt.date))
      ])
    }
  }
}
