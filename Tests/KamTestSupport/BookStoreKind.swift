public import KamBook
import KamBookMemory
import KamBookSQLite
public import KamDomain
public import KamEventLog

/// The stores the Book tests run on: every Book test takes one as an argument,
/// so that the seam is shown to carry everything a book does.
public enum BookStoreKind: String, CaseIterable, Sendable {
  /// A SQLite file in a temporary folder.
  case sqlite
  /// The memory store.
  case memory

  /// A new, empty book in this kind of store; a SQLite one in `folder`.
  public func book(
    in folder: TemporaryDirectory, currency: Currency = .pln,
    context: AppendContext = AppendContext(actor: "ann")
  ) throws -> Book {
    switch self {
    case .sqlite:
      try Book.create(path: folder.file("book.sqlite"), currency: currency, context: context).book
    case .memory: try Book.inMemory(currency: currency, context: context)
    }
  }
}
