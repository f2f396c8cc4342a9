import KamDomain

/// A projection the book keeps in its own tables, up to date with the log.
///
/// The fold itself lives in the domain; a `BookProjection` only loads the
/// state the events touch, lets the domain fold them, and stores the result.
/// One catch-up reads and decodes each event once and hands it to every
/// projection that has not seen it; a projection is used for one catch-up.
protocol BookProjection: AnyObject {
  /// The name in `projection_checkpoints` and `kam status`.
  var name: String { get }
  /// Empties the projection's tables, for a rebuild.
  func reset(_ tx: any BookTransaction) throws
  /// Starts a catch-up from `checkpoint`.
  func begin(from checkpoint: Int64)
  /// Folds a batch of events (in sequence order) into the tables.
  func apply(_ batch: CatchUpBatch, _ tx: any BookTransaction, _ book: Book) throws
  /// Gets ready to finish, once the last batch is folded and before any
  /// projection finishes: a projection may start work here that does not
  /// depend on what another's finish writes, to overlap with it.
  func prepare(_ tx: any BookTransaction, _ book: Book, _ histories: CatchUpHistories) throws
  /// Completes a catch-up after its last batch: where work is per client
  /// rather than per event, doing it once here keeps a long catch-up linear.
  func finish(_ tx: any BookTransaction, _ book: Book, _ histories: CatchUpHistories) throws
}

extension BookProjection {
  func begin(from checkpoint: Int64) {}
  func prepare(_ tx: any BookTransaction, _ book: Book, _ histories: CatchUpHistories) throws {}
  func finish(_ tx: any BookTransaction, _ book: Book, _ histories: CatchUpHistories) throws {}
}
