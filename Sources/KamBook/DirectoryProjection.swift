import KamDomain

/// Keeps `client_directory`: one row per client stream.
///
/// Entries are loaded on first touch and written once in ``finish(_:_:_:)``, so
/// a long catch-up writes each client's row once, not once per batch.
final class DirectoryProjection: BookProjection {
  let name = "client-directory"
  private var pending: [ClientSlug: DirectoryEntry] = [:]
  /// True when the catch-up starts from an empty table: nothing to load.
  private var fromEmpty = false

  func reset(_ tx: any BookTransaction) throws {
    try tx.reset(.directory)
  }

  func begin(from checkpoint: Int64) {
    pending = [:]
    fromEmpty = checkpoint == 0
  }

  func apply(_ batch: CatchUpBatch, _ tx: any BookTransaction, _ book: Book) throws {
    for (recorded, slug) in zip(batch.events, batch.clients) {
      guard let slug else { continue }
      if !fromEmpty, pending[slug] == nil {
        pending[slug] = try tx.directoryEntry(of: slug) ?? DirectoryEntry(client: slug)
      }
      pending[slug, default: DirectoryEntry(client: slug)].apply(recorded)
    }
  }

  func finish(_ tx: any BookTransaction, _ book: Book, _ histories: CatchUpHistories) throws {
    defer { pending = [:] }
    for entry in pending.values.sorted(by: { $0.client < $1.client }) { try tx.save(entry) }
  }
}
