import KamDomain

/// The clients a catch-up's events touched, for projections that recompute
/// whole clients: a policy change touches every client, since every rule and
/// price may have moved.
struct TouchedClients {
  private var clients: Set<ClientSlug> = []
  private var policyChanged = false

  /// Notes the clients (and policy changes) of a batch.
  mutating func note(_ batch: CatchUpBatch) {
    let touched = batch.touched()
    clients.formUnion(touched.clients)
    policyChanged = policyChanged || touched.changesPolicy
  }

  /// The clients to recompute, in slug order (every client after a policy
  /// change, when `followingPolicy`), and forgets them.
  mutating func take(_ book: Book, _ tx: any BookTransaction, followingPolicy: Bool = true) throws
    -> [ClientSlug]
  {
    defer { self = TouchedClients() }
    if policyChanged && followingPolicy {
      clients.formUnion(try tx.clientSlugs().compactMap(ClientSlug.init(rawValue:)))
    }
    return clients.sorted()
  }
}
