import KamDomain

/// Keeps `client_directory`: one row per client stream.
///
/// Entries are loaded on first touch and written once in ``finish(_:_:_:)``, so
/// a long catch-up writes each client's row once, not once per batch.
final class DirectoryProjection: BookProjection {
  let name = "client-directory"
  private var pending: [ClientSlug: DirectoryEntry] = [:]
  /// Clients whose batch held a retraction: their name, owner and segment are read from
  /// their history, which folds it (the entry's own fold keeps the latest recorded).
  private var retracting: Set<ClientSlug> = []
  /// True when the catch-up starts from an empty table: nothing to load.
  private var fromEmpty = false

  func reset(_ tx: any BookTransaction) throws {
    try tx.reset(.directory)
  }

  func begin(from checkpoint: Int64) {
    pending = [:]
    retracting = []
    fromEmpty = checkpoint == 0
  }

  func apply(_ batch: CatchUpBatch, _ tx: any BookTransaction, _ book: Book) throws {
    for (recorded, slug) in zip(batch.events, batch.clients) {
      guard let slug else { continue }
      if !fromEmpty, pending[slug] == nil {
        pending[slug] = try tx.directoryEntry(of: slug) ?? DirectoryEntry(client: slug)
      }
      pending[slug, default: DirectoryEntry(client: slug)].apply(recorded)
      if case .eventRetracted = recorded.event { retracting.insert(slug) }
    }
  }

  func finish(_ tx: any BookTransaction, _ book: Book, _ histories: CatchUpHistories) throws {
    defer { (pending, retracting) = ([:], []) }
    try histories.prepare(for: retracting, tx)
    for var entry in pending.values.sorted(by: { $0.client < $1.client }) {
      // Undoing a rename retracts it: the history says which name stands.
      if retracting.contains(entry.client),
        let history = try histories.history(of: entry.client, tx)
      {
        if !history.name.isEmpty { entry.name = history.name }
        entry.owner = history.owner
        entry.segment = history.segment
      }
      try tx.save(entry)
    }
  }
}
