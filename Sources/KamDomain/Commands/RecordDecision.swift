public import KamTime

/// Record a decision about a client with the figures kam shows for it.
public struct RecordDecision: Hashable, Sendable {
  /// The decision's id, unique in the book (the book draws it from its clock).
  public var id: String
  public var client: ClientSlug
  /// What was decided.
  public var kind: DecisionKind
  /// Why, in a sentence.
  public var note: String
  /// The business day it is made for.
  public var date: CalendarDate

  /// A decision `id` about `client` on `date`.
  public init(id: String, client: ClientSlug, kind: DecisionKind, note: String, date: CalendarDate)
  {
    self.id = id
    self.client = client
    self.kind = kind
    self.note = note
    self.date = date
  }

  /// Midday of ``date``: the business time of the event.
  public var occurredAt: Instant { date.start.advanced(byMilliseconds: 43_200_000) }

  /// The decision, given the figures kam shows for the client on ``date``
  /// (nil when the client is not known then: a decision about no one is refused).
  public func decide(given basis: DecisionBasis?) -> Result<[DomainEvent], CommandRefusal> {
    guard let basis else {
      return .failure(
        CommandRefusal(.unknownClient, "no client \"\(client)\" in the book on \(date)"))
    }
    return .success([
      .decisionRecorded(
        DecisionRecorded(
          decision: id, client: client, kind: kind, note: note, basis: basis.json.text))
    ])
  }
}
