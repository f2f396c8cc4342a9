public import KamBook
public import KamDomain
public import KamEventLog

extension Book {
  /// Opens the team book on the PostgreSQL server at `url` (`postgres://…`).
  ///
  /// - Throws: ``BookError``: `notFound` when the database or the book is
  ///   missing, `io` when the server cannot be reached (naming host and port),
  ///   `cannotCreate` when it refuses the credentials, `incompatible` for a book
  ///   of a newer kam. No message holds the password.
  public convenience init(serverURL url: String) throws(BookError) {
    try self.init(store: PostgresBookStore(url: url, create: false))
  }
}

extension Book {
  /// Creates the team book on the PostgreSQL server at `url` (its schema, then
  /// its book-created event), or opens it when it exists already.
  ///
  /// - Returns: the book, and whether it was created now.
  public static func create(
    serverURL url: String, currency: Currency, context: AppendContext
  ) throws(BookError) -> (book: Book, created: Bool) {
    try create(in: PostgresBookStore(url: url, create: true), currency: currency, context: context)
  }

  /// Checks the team book at `url` as `kam verify` does (``verify(_:expecting:)``).
  public static func verify(serverURL url: String, expecting expected: ChainHead?)
    throws(BookError) -> VerificationReport
  {
    try verify(PostgresBookStore(url: url, create: false), expecting: expected)
  }
}
