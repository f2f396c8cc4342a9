import KamDomain

/// A projection that recomputes whole clients from their histories: the
/// clients a catch-up touched, or every client when the policy changed, since
/// every rule and price may have moved.
///
/// The computation is pure and per client, so it runs on every core; the
/// stores stay on the connection's thread. For many clients the two overlap
/// (``ChunkedComputation``): the first clients are stored while the later
/// ones are computed.
final class PerClientProjection<Computed: Sendable>: BookProjection {
  let name: String
  private let table: ProjectionTable
  private let followsPolicy: Bool
  private let compute: @Sendable (ClientHistory, Policy) -> Computed
  private let store: (ClientSlug, Computed?, any BookTransaction) throws -> Void
  private var touched = TouchedClients()
  /// True for a catch-up from the first event (a rebuild): every client is
  /// then recomputed from the histories folded on the way, so nothing is noted.
  private var fromStart = false
  /// The computation ``prepare(_:_:_:)`` started, which ``finish(_:_:_:)`` stores.
  private var started: (clients: [ClientSlug], computed: ChunkedComputation<Computed?>)?

  /// A projection named `name` kept in `table`: `compute` derives a client's
  /// rows from its history, `store` replaces them (nil: the client has no events).
  /// `followsPolicy`: whether a policy change recomputes every client.
  init(
    name: String, table: ProjectionTable, followsPolicy: Bool = true,
    compute: @escaping @Sendable (ClientHistory, Policy) -> Computed,
    store: @escaping (ClientSlug, Computed?, any BookTransaction) throws -> Void
  ) {
    self.name = name
    self.table = table
    self.followsPolicy = followsPolicy
    self.compute = compute
    self.store = store
  }

  func reset(_ tx: any BookTransaction) throws {
    try tx.reset(table)
  }

  func begin(from checkpoint: Int64) {
    fromStart = checkpoint == 0
    started = nil
  }

  func apply(_ batch: CatchUpBatch, _ tx: any BookTransaction, _ book: Book) throws {
    if !fromStart { touched.note(batch) }
  }

  func prepare(_ tx: any BookTransaction, _ book: Book, _ histories: CatchUpHistories) throws {
    // From the first event the clients are the histories folded on the way, known before
    // any projection finishes: computing them can start while the others store. Otherwise
    // which clients to recompute may read what an earlier projection's finish writes.
    guard fromStart else { return }
    let collected = histories.collectedHistories()
    guard collected.clients.count > ChunkedComputation<Computed?>.chunkSize else { return }
    let policy = try histories.policy(tx)
    started = (collected.clients, start(collected.histories, policy))
  }

  func finish(_ tx: any BookTransaction, _ book: Book, _ histories: CatchUpHistories) throws {
    if let started {
      self.started = nil
      return try started.computed.forEach { try store(started.clients[$0], $1, tx) }
    }
    let clients =
      fromStart
      ? histories.collectedClients()
      : try touched.take(book, tx, followingPolicy: followsPolicy)
    guard !clients.isEmpty else { return }
    try histories.prepare(for: Set(clients), tx)
    let policy = try histories.policy(tx)
    let found = try clients.map { try histories.history(of: $0, tx) }
    if clients.count > ChunkedComputation<Computed?>.chunkSize {
      return try start(found, policy).forEach { try store(clients[$0], $1, tx) }
    }
    let compute = self.compute
    let computed = ParallelMap.map(found, minimumPerCore: 16) { history in
      history.map { compute($0, policy) }
    }
    for (client, rows) in zip(clients, computed) { try store(client, rows, tx) }
  }

  /// Starts computing the clients of `found` (nil: no events) on the other cores.
  private func start(_ found: [ClientHistory?], _ policy: Policy) -> ChunkedComputation<Computed?> {
    let compute = self.compute
    return ChunkedComputation(found) { history in history.map { compute($0, policy) } }
  }
}
