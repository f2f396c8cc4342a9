import KamDomain
import KamEventLog
import KamSQLite
import KamTime

/// Keeps `stage_transitions`: each client's settled stage timeline.
///
/// A catch-up recomputes only the clients it touches, from their histories;
/// a policy change recomputes every client, since every rule may have moved.
final class StageProjection: BookProjection {
  let name = "stage-timeline"
  private var touched = TouchedClients()

  func reset(_ db: Database) throws {
    try db.execute("DELETE FROM stage_transitions")
  }

  func apply(_ batch: CatchUpBatch, _ db: Database, _ book: Book) throws {
    touched.note(batch)
  }

  func finish(_ db: Database, _ book: Book, _ histories: CatchUpHistories) throws {
    let clients = try touched.take(book)
    guard !clients.isEmpty else { return }
    try histories.prepare(for: Set(clients))
    let policy = try book.policy()
    let delete = try db.cachedStatement("DELETE FROM stage_transitions WHERE client = ?")
    let insert = try db.cachedStatement(
      """
      INSERT INTO stage_transitions
        (client, n, from_stage, to_stage, on_date, rule, cause_seq, policy_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """)
    let found = try clients.map { (client: $0, history: try histories.history(of: $0)) }
    // The timelines are pure and per client: on every core.
    let timelines = ParallelMap.map(found, minimumPerCore: 16) { found in
      found.history.map { StageTimeline(settled: $0, policy: policy) }
    }
    for (client, timeline) in zip(clients, timelines) {
      try delete.bind([client.rawValue])
      try delete.step()
      for (n, transition) in (timeline?.transitions ?? []).enumerated() {
        try insert.bind([
          client.rawValue, n + 1, transition.from?.rawValue, transition.to.rawValue,
          transition.on.description, transition.rule, transition.causeSeq,
          transition.policyVersion,
        ])
        try insert.step()
      }
    }
  }
}
