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

  func apply(_ batch: ArraySlice<RecordedEvent>, _ db: Database, _ book: Book) throws {
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
    for client in clients {
      try delete.bind([client.rawValue])
      try delete.step()
      guard let history = try histories.history(of: client) else { continue }
      let timeline = StageTimeline(settled: history, policy: policy)
      for (n, transition) in timeline.transitions.enumerated() {
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
