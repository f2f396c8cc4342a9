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

  func apply(_ batch: ArraySlice<RecordedEvent>, _ db: Database, _ book: Book) throws {
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
    for client in clients {
      let days = try histories.history(of: client)?.valueDays(policy: policy) ?? []
      if days.isEmpty {
        try delete.bind([client.rawValue])
        try delete.step()
      } else {
        try upsert.bind([client.rawValue, Blob(PackedValueDays.pack(days))])
        try upsert.step()
      }
    }
  }
}
