import KamDomain
import KamEventLog
import KamSQLite
import KamTime

/// Keeps `client_value`: each client's revenue, cost of goods and cost to
/// serve per business day, priced by the policy in force (``PackedValueDays``).
///
/// A catch-up recomputes only the clients it touches, from their histories;
/// a policy change recomputes every client, since meeting prices may have moved.
final class ValueProjection: BookProjection {
  let name = "client-value"
  private var touched = TouchedClients()

  func reset(_ db: Database) throws {
    try db.execute("DELETE FROM client_value")
  }

  func apply(_ batch: CatchUpBatch, _ db: Database, _ book: Book) throws {
    touched.note(batch)
  }

  func finish(_ db: Database, _ book: Book, _ histories: CatchUpHistories) throws {
    let clients = try touched.take(book)
    guard !clients.isEmpty else { return }
    try histories.prepare(for: Set(clients))
    let policy = try book.policy()
    let delete = try db.cachedStatement("DELETE FROM client_value WHERE client = ?")
    let upsert = try db.cachedStatement(
      """
      INSERT INTO client_value (client, days) VALUES (?1, ?2)
      ON CONFLICT (client) DO UPDATE SET days = ?2
      """)
    let found = try clients.map { try histories.history(of: $0) }
    // The days are pure and per client: on every core.
    let packed = ParallelMap.map(found, minimumPerCore: 16) { history in
      PackedValueDays.pack(history?.valueDays(policy: policy) ?? [])
    }
    for (client, days) in zip(clients, packed) {
      if days.isEmpty {
        try delete.bind([client.rawValue])
        try delete.step()
      } else {
        try upsert.bind([client.rawValue, Blob(days)])
        try upsert.step()
      }
    }
  }
}
