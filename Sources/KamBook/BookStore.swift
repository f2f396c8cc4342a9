/// Where a book keeps its log and its projections: the seam between the book
/// and a backend (a SQLite file, a PostgreSQL server, memory for tests).
///
/// The book asks for a transaction for the length of a closure and does all
/// its reading and writing through it (``BookTransaction``). A store
/// translates its driver's errors into ``BookError`` before they leave it, so
/// that every backend fails with the same one-line messages and exit statuses;
/// any other error thrown by the closure passes through as it is.
///
/// The seam is synchronous on purpose (docs/architecture.md, "The seam is
/// synchronous"): a store with an asynchronous driver blocks the calling
/// thread, which is never one of the driver's own.
package protocol BookStore: AnyObject, Sendable {
  /// Where the book is, for messages: a path, or a URL without its password.
  var location: String { get }

  /// Runs `body` in one read transaction: every question it asks sees one state
  /// of the book, whatever other writers commit meanwhile.
  func read<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result

  /// Runs `body` in one write transaction, alone among the book's writers: its
  /// appends and projection writes commit together when it returns, and none
  /// of them when it throws.
  func write<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result

  /// Runs `body` as ``write(_:)`` does when no other writer holds the book, and fails at
  /// once, without waiting, when one does: for writes a reader may skip (a stored model).
  /// By default the same as ``write(_:)``.
  func writeIfIdle<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result

  /// Makes a write wait up to `seconds` for another writer, calling `notice`
  /// once it has waited `noticeAfterMilliseconds`.
  func waitWhenBusy(seconds: Int, noticeAfterMilliseconds: Int64, notice: @escaping () -> Void)

  /// The store's own check of its storage beyond what the log's chain covers
  /// (SQLite's `quick_check` of every page): its first complaint, or nil.
  func storageProblem() throws -> String?
}

extension BookStore {
  package func writeIfIdle<Result>(_ body: (any BookTransaction) throws -> Result) throws
    -> Result
  {
    try write(body)
  }
}
