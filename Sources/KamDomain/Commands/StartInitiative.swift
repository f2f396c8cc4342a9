public import KamTime

/// Start a joint initiative with a client; the decider gives it its id.
public struct StartInitiative: ClientCommand, Hashable {
  public var client: ClientSlug
  /// What it is.
  public var kind: InitiativeKind
  /// Business time of its first day, `from`.
  public var occurredAt: Instant
  /// Its last day, `to`, when known.
  public var lastDay: CalendarDate?

  /// An initiative from the day of `occurredAt`, through `lastDay` when known.
  public init(
    client: ClientSlug, kind: InitiativeKind, occurredAt: Instant, lastDay: CalendarDate? = nil
  ) {
    self.client = client
    self.kind = kind
    self.occurredAt = occurredAt
    self.lastDay = lastDay
  }

  /// Its first day.
  public var firstDay: CalendarDate { occurredAt.date }

  public func validate() -> CommandRefusal? {
    guard let lastDay, lastDay < firstDay else { return nil }
    return CommandRefusal(
      .beforeStart,
      "\(input: "to") \(lastDay) is before \(input: "from") \(firstDay): an initiative cannot end before it starts"
    )
  }

  /// Starts it as `SLUG-iN`, N one more than the initiatives the client has ever had.
  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).map { history in
      [
        .initiativeStarted(
          InitiativeStarted(
            client: client, initiative: "\(client)-i\(history.initiatives.count + 1)", kind: kind,
            from: firstDay, to: lastDay))
      ]
    }
  }
}
