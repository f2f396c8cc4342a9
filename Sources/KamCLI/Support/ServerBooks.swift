package import KamBook
package import KamDomain
package import KamEventLog
import Synchronization

/// How the command line reaches a team book on a server: the four things ``BookLocation``
/// does with a `postgres://` location, installed by the executable that links a server store.
///
/// `kam-team` installs PostgreSQL's (`KamCLIPostgres`); `kam` installs none and hands such a
/// command line to `kam-team` beside it (``TeamHandOver``): the driver, SwiftNIO and the
/// Foundation they need cost every command's start about a millisecond, on the SQLite books
/// most commands open.
package struct ServerBooks: Sendable {
  /// Opens the book at a URL.
  package var open: @Sendable (String) throws(BookError) -> Book
  /// Creates the book at a URL with its currency, or opens it when it exists.
  package var create:
    @Sendable (String, Currency, AppendContext) throws(BookError) -> (book: Book, created: Bool)
  /// The store at a URL without reading the book; made when absent if asked to.
  package var store: @Sendable (String, _ create: Bool) throws(BookError) -> any BookStore
  /// Checks the book at a URL as `kam verify` does.
  package var verify: @Sendable (String, ChainHead?) throws(BookError) -> VerificationReport

  /// Server books made of these four operations.
  package init(
    open: @escaping @Sendable (String) throws(BookError) -> Book,
    create:
      @escaping @Sendable (String, Currency, AppendContext) throws(BookError) -> (
        book: Book, created: Bool
      ),
    store: @escaping @Sendable (String, _ create: Bool) throws(BookError) -> any BookStore,
    verify: @escaping @Sendable (String, ChainHead?) throws(BookError) -> VerificationReport
  ) {
    self.open = open
    self.create = create
    self.store = store
    self.verify = verify
  }

  private static let current = Mutex<ServerBooks?>(nil)

  /// The server books this process can open, nil until an executable installs some.
  package static var installed: ServerBooks? {
    get { current.withLock { $0 } }
    set { current.withLock { $0 = newValue } }
  }

  /// The installed server books, or the one line that says why this `kam` cannot open a
  /// team book and what can.
  static func required() throws(BookError) -> ServerBooks {
    guard let installed else {
      throw BookError(
        .notFound,
        "this kam opens SQLite books only; a postgres:// book is opened by kam-team, which "
          + "is not beside it (\(TeamHandOver.teamExecutable ?? "kam-team")): build it with "
          + "swift build -c release --product kam-team, or install both with tools/install")
    }
    return installed
  }
}
