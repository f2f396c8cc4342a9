public import KamDomain
import KamEventLog
public import KamTime

/// Which stage transitions to list.
public struct TransitionQuery: Sendable, Hashable {
  /// Only this client.
  public var client: ClientSlug?
  /// Only transitions from this stage.
  public var from: Stage?
  /// Only transitions to this stage.
  public var to: Stage?
  /// Only on or after this day.
  public var begin: CalendarDate?
  /// Only before this day (exclusive).
  public var end: CalendarDate?
  /// Nothing after this day: "as of" it.
  public var asOf: CalendarDate

  /// Creates a query up to `asOf`.
  public init(asOf: CalendarDate) { self.asOf = asOf }

  package func matches(_ transition: StageTransition) -> Bool {
    transition.on <= asOf && (begin.map { transition.on >= $0 } ?? true)
      && (end.map { transition.on < $0 } ?? true) && (from.map { transition.from == $0 } ?? true)
      && (to.map { transition.to == $0 } ?? true)
  }
}

extension Book {
  /// Stage transitions matching `query`, by date then client, read from the projection.
  public func transitions(_ query: TransitionQuery) throws(BookError) -> [ClientTransition] {
    try store.reading { tx in try tx.transitions(matching: query) }
  }

  /// Stage transitions matching `query` as the book stood at `knownAt`,
  /// recomputed from the log (the projection only knows the present).
  public func transitions(_ query: TransitionQuery, knownAt: Instant) throws(BookError)
    -> [ClientTransition]
  {
    let policy = try policy(knownAt: knownAt)
    var result: [ClientTransition] = []
    for (client, history) in try histories(knownAt: knownAt)
    where query.client.map({ $0 == client }) ?? true {
      for transition in StageTimeline(history, through: query.asOf, policy: policy).transitions
      where query.matches(transition) {
        result.append(ClientTransition(client: client, transition: transition))
      }
    }
    return result.sorted { ($0.transition.on, $0.client) < ($1.transition.on, $1.client) }
  }
}
