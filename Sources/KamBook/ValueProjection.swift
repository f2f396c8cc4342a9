import KamDomain
import KamSQLite
import KamTime

/// Keeps `client_value`: each client's revenue, cost of goods and cost to
/// serve per business day, priced by the policy in force (``PackedValueDays``).
enum ValueProjection {
  /// A client's row: the day it is known from, and its packed days.
  struct Row: Sendable {
    var firstDay: CalendarDate
    var days: [UInt8]
  }

  /// The projection, for one catch-up.
  static func make() -> PerClientProjection<Row?> {
    PerClientProjection(
      name: "client-value", table: "client_value",
      compute: { history, policy in
        // The same first day the replay path uses to leave out clients not known yet.
        StageTimeline.firstDay(of: history).map {
          Row(firstDay: $0, days: PackedValueDays.pack(history.valueDays(policy: policy)))
        }
      },
      store: store)
  }

  private static func store(_ client: ClientSlug, _ row: Row??, _ db: Database) throws {
    guard let row = row ?? nil else {
      return try db.execute("DELETE FROM client_value WHERE client = ?", [client.rawValue])
    }
    let upsert = try db.cachedStatement(
      """
      INSERT INTO client_value (client, first_day, days) VALUES (?1, ?2, ?3)
      ON CONFLICT (client) DO UPDATE SET first_day = ?2, days = ?3
      """)
    try upsert.bind(client.rawValue, row.firstDay.description, Blob(row.days))
    try upsert.execute()
  }
}
