import KamDomain
import KamSQLite

/// A projection the book keeps in its own tables, up to date with the log.
///
/// The fold itself lives in the domain; a `BookProjection` only loads the
/// state the events touch, lets the domain fold them, and stores the result.
protocol BookProjection {
  /// The name in `projection_checkpoints` and `kam status`.
  var name: String { get }
  /// Empties the projection's tables, for a rebuild.
  func reset(_ db: Database) throws
  /// Folds a batch of events (in sequence order) into the tables.
  func apply(_ batch: [RecordedEvent], _ db: Database, _ book: Book) throws
  /// Completes a catch-up after its last batch: where work is per client
  /// rather than per event, doing it once here keeps a long catch-up linear.
  func finish(_ db: Database, _ book: Book) throws
}

extension BookProjection {
  func finish(_ db: Database, _ book: Book) throws {}
}
