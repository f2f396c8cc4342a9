import KamDomain
import KamEventLog
import KamSQLite
import KamTime

/// Keeps `stage_transitions`: each client's settled stage timeline.
///
/// A batch recomputes only the clients it touches, from their own streams;
/// a policy change recomputes every client, since every rule may have moved.
final class StageProjection: BookProjection {
  let name = "stage-timeline"
  /// The clients the catch-up's batches touched, recomputed once in ``finish(_:_:)``.
  private var touched: Set<ClientSlug> = []
  private var policyChanged = false

  func reset(_ db: Database) throws {
    try db.execute("DELETE FROM stage_transitions")
  }

  func apply(_ batch: [RecordedEvent], _ db: Database, _ book: Book) throws {
    touched.formUnion(batch.compactMap { ClientSlug(rawValue: $0.stream) })
    policyChanged = policyChanged || batch.contains { $0.stream == Book.policyStream.rawValue }
  }

  func finish(_ db: Database, _ book: Book) throws {
    defer {
      touched = []
      policyChanged = false
    }
    if policyChanged { touched.formUnion(try book.directory().map(\.client)) }
    guard !touched.isEmpty else { return }
    let policy = try book.policy()
    if touched.count > 64 {
      // Many clients (a rebuild, an import): one pass over the log beats a
      // stream read per client.
      let histories = try book.histories()
      for client in touched {
        try store(client, histories[client], policy, db)
      }
    } else {
      for client in touched {
        try store(client, try book.history(of: client).0, policy, db)
      }
    }
  }

  private func store(
    _ client: ClientSlug, _ history: ClientHistory?, _ policy: Policy, _ db: Database
  )
    throws
  {
    try db.execute("DELETE FROM stage_transitions WHERE client = ?", [client.rawValue])
    guard let history else { return }
    let timeline = StageTimeline(settled: history, policy: policy)
    let insert = try db.cachedStatement(
      """
      INSERT INTO stage_transitions
        (client, n, from_stage, to_stage, on_date, rule, cause_seq, policy_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for (n, transition) in timeline.transitions.enumerated() {
      try insert.bind([
        client.rawValue, n + 1, transition.from?.rawValue, transition.to.rawValue,
        transition.on.description, transition.rule, transition.causeSeq, transition.policyVersion,
      ])
      try insert.step()
    }
  }
}
