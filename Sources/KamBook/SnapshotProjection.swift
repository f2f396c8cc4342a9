import KamDomain
import KamSQLite

/// Keeps `client_snapshots`: each client's folded history, stored
/// (``ClientHistory/snapshot``), so that reading every client, or the client a
/// logging command writes to, need not fold the log again.
enum SnapshotProjection {
  /// The name in `projection_checkpoints`.
  static let name = "client-snapshot"

  /// The projection, for one catch-up. A policy change leaves histories as they are.
  static func make() -> PerClientProjection<[UInt8]> {
    PerClientProjection(
      name: name, table: "client_snapshots", followsPolicy: false,
      compute: { history, _ in history.snapshot }, store: store)
  }

  private static func store(_ client: ClientSlug, _ snapshot: [UInt8]?, _ db: Database) throws {
    guard let snapshot else {
      return try db.execute("DELETE FROM client_snapshots WHERE client = ?", [client.rawValue])
    }
    let upsert = try db.cachedStatement(
      """
      INSERT INTO client_snapshots (client, history) VALUES (?1, ?2)
      ON CONFLICT (client) DO UPDATE SET history = ?2
      """)
    try upsert.bind(client.rawValue, Blob(snapshot))
    try upsert.execute()
  }
}
