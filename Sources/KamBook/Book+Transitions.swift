public import KamDomain
import KamEventLog
import KamSQLite
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

  func matches(_ transition: StageTransition) -> Bool {
    transition.on <= asOf && (begin.map { transition.on >= $0 } ?? true)
      && (end.map { transition.on < $0 } ?? true) && (from.map { transition.from == $0 } ?? true)
      && (to.map { transition.to == $0 } ?? true)
  }
}

extension Book {
  /// Stage transitions matching `query`, by date then client, read from the projection.
  public func transitions(_ query: TransitionQuery) throws(BookError) -> [ClientTransition] {
    var conditions = ["on_date <= ?"]
    var arguments: [(any DatabaseValueConvertible)?] = [query.asOf.description]
    if let client = query.client {
      conditions.append("client = ?")
      arguments.append(client.rawValue)
    }
    if let begin = query.begin {
      conditions.append("on_date >= ?")
      arguments.append(begin.description)
    }
    if let end = query.end {
      conditions.append("on_date < ?")
      arguments.append(end.description)
    }
    if let to = query.to {
      conditions.append("to_stage = ?")
      arguments.append(to.rawValue)
    }
    if let from = query.from {
      conditions.append("from_stage = ?")
      arguments.append(from.rawValue)
    }
    let sql = """
      SELECT client, from_stage, to_stage, on_date, rule, cause_seq, policy_version
      FROM stage_transitions WHERE \(conditions.joined(separator: " AND "))
      ORDER BY on_date, client, n
      """
    do {
      return try log.queue.read { db in
        var result: [ClientTransition] = []
        try db.forEachRow(sql, arguments) { row in
          guard let client = ClientSlug(rawValue: try row.column(0)),
            let to = Stage(rawValue: try row.column(2)),
            let on = CalendarDate(iso: try row.column(3, as: String.self))
          else { return }
          result.append(
            ClientTransition(
              client: client,
              transition: StageTransition(
                from: try row.column(1, as: String?.self).flatMap(Stage.init(rawValue:)), to: to,
                on: on, rule: try row.column(4), causeSeq: try row.column(5),
                policyVersion: try row.column(6))))
        }
        return result
      }
    } catch {
      throw BookError.wrap(error)
    }
  }

  /// Stage transitions matching `query` as the book stood at `knownAt`,
  /// recomputed from the log (the projection only knows the present).
  public func transitions(_ query: TransitionQuery, knownAt: Instant) throws -> [ClientTransition] {
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
