import KamDomain
import KamSQLite

/// Keeps `client_value`: each client's revenue, cost of goods and cost to
/// serve per business day, priced by the policy in force (``PackedValueDays``).
enum ValueProjection {
  /// The projection, for one catch-up.
  static func make() -> PerClientProjection<[UInt8]> {
    PerClientProjection(
      name: "client-value", table: "client_value",
      compute: { history, policy in PackedValueDays.pack(history.valueDays(policy: policy)) },
      store: store)
  }

  private static func store(_ client: ClientSlug, _ days: [UInt8]?, _ db: Database) throws {
    guard let days, !days.isEmpty else {
      let delete = try db.cachedStatement("DELETE FROM client_value WHERE client = ?")
      try delete.bind([client.rawValue])
      try delete.step()
      return
    }
    let upsert = try db.cachedStatement(
      """
      INSERT INTO client_value (client, days) VALUES (?1, ?2)
      ON CONFLICT (client) DO UPDATE SET days = ?2
      """)
    try upsert.bind([client.rawValue, Blob(days)])
    try upsert.step()
  }
}
