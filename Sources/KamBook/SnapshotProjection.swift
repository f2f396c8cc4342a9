import KamDomain

/// Keeps each client's folded history, stored (``ClientHistory/snapshot``;
/// `client_snapshots` in SQL), so that reading every client, or the client a
/// logging command writes to, need not fold the log again.
enum SnapshotProjection {
  /// The name in the checkpoints.
  static let name = "client-snapshot"

  /// The projection, for one catch-up. A policy change leaves histories as they are.
  static func make() -> PerClientProjection<[UInt8]> {
    PerClientProjection(
      name: name, table: .snapshots, followsPolicy: false,
      compute: { history, _ in history.snapshot },
      store: { client, snapshot, tx in try tx.replaceSnapshot(of: client, with: snapshot) })
  }
}
