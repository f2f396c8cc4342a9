import KamDomain
import KamEventLog
import KamSQLite
import KamTime

/// Keeps `client_value_days`: each client's revenue, cost of goods and cost
/// to serve per business day, priced by the policy in force.
///
/// A catch-up recomputes only the clients it touches, from their histories;
/// a policy change recomputes every client, since meeting prices may have moved.
final class ValueProjection: BookProjection {
  let name = "client-value"
  private var touched = TouchedClients()

  func reset(_ db: Database) throws {
    try db.execute("DELETE FROM client_value_days")
  }

  func apply(_ batch: ArraySlice<RecordedEvent>, _ db: Database, _ book: Book) throws {
    touched.note(batch)
  }

  func finish(_ db: Database, _ book: Book, _ histories: CatchUpHistories) throws {
    let clients = try touched.take(book)
    guard !clients.isEmpty else { return }
    try histories.prepare(for: Set(clients))
    let policy = try book.policy()
    let delete = try db.cachedStatement("DELETE FROM client_value_days WHERE client = ?")
    let insert = try db.cachedStatement(
      """
      INSERT INTO client_value_days (client, on_date, revenue, cogs, cost_to_serve)
      VALUES (?, ?, ?, ?, ?)
      """)
    for client in clients {
      try delete.bind([client.rawValue])
      try delete.step()
      guard let history = try histories.history(of: client) else { continue }
      for day in history.valueDays(policy: policy) {
        try insert.bind([
          client.rawValue, day.date.description, day.revenue.minorUnits, day.cogs.minorUnits,
          day.costToServe.minorUnits,
        ])
        try insert.step()
      }
    }
  }
}
