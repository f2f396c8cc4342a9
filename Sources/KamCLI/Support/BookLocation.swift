import KamBook
import KamBookSQLite
import KamDomain
import KamEventLog

/// Where `--db` / `KAM_DB` says the book is, and the store that opens it: a
/// path is a SQLite file; a `postgres://` URL a team book on a server, opened by the
/// installed ``ServerBooks``.
enum BookLocation: Equatable {
  /// A SQLite file.
  case file(String)
  /// A PostgreSQL server, by URL.
  case server(String)

  /// The location `text` names.
  init(_ text: String) {
    let lowered = text.lowercased()
    self =
      lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
      ? .server(text) : .file(text)
  }

  /// Opens the book.
  func open() throws(BookError) -> Book {
    switch self {
    case .file(let path): try Book(path: path)
    case .server(let url): try ServerBooks.required().open(url)
    }
  }

  /// Creates the book, or opens it when it exists already.
  func create(currency: Currency, context: AppendContext) throws(BookError) -> (
    book: Book, created: Bool
  ) {
    switch self {
    case .file(let path): try Book.create(path: path, currency: currency, context: context)
    case .server(let url): try ServerBooks.required().create(url, currency, context)
    }
  }

  /// The store of the book here, without reading the book: what `kam migrate`
  /// copies from (`create` false: it must exist) and into (`create` true: made
  /// when absent, with no event).
  func store(create: Bool) throws(BookError) -> any BookStore {
    switch (self, create) {
    case (.file(let path), false): try Book.existingStore(path: path)
    case (.file(let path), true): try Book.newStore(path: path)
    case (.server(let url), _): try ServerBooks.required().store(url, create)
    }
  }

  /// Checks the book as `kam verify` does.
  func verify(expecting expected: ChainHead?) throws(BookError) -> VerificationReport {
    switch self {
    case .file(let path): try Book.verify(path: path, expecting: expected)
    case .server(let url): try ServerBooks.required().verify(url, expected)
    }
  }
}
