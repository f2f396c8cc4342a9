public import KamBook
import KamBookMemory
import KamBookPostgres
import KamBookSQLite
public import KamDomain
public import KamEventLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The stores the Book tests run on: every Book test takes one as an argument,
/// so that the seam is shown to carry everything a book does.
public enum BookStoreKind: String, CaseIterable, Sendable {
  /// A SQLite file in a temporary folder.
  case sqlite
  /// The memory store.
  case memory
  /// A schema of its own on the server of `KAM_TEST_POSTGRES_URL`.
  case postgres

  /// The stores that can run here: PostgreSQL only when its test server answers,
  /// and a line on stdout says why not otherwise (a skip is never silent).
  public static let available: [BookStoreKind] = {
    guard let reason = postgresUnavailable else { return allCases }
    print("◇ Book tests on PostgreSQL skipped: \(reason)")
    return [.sqlite, .memory]
  }()

  /// The server's URL, when set.
  public static var postgresURL: String? {
    guard let url = getenv("KAM_TEST_POSTGRES_URL") else { return nil }
    return String(cString: url)
  }

  /// Why the PostgreSQL store cannot be used, or nil.
  private static let postgresUnavailable: String? = {
    guard let url = postgresURL, !url.isEmpty else {
      return "KAM_TEST_POSTGRES_URL is not set (tools/postgres-test-server start)"
    }
    do {
      try PostgresEventLog.ping(try PostgresSettings(url: url))
      return nil
    } catch {
      return "the server of KAM_TEST_POSTGRES_URL cannot be used: \(error)"
    }
  }()

  /// A new, empty book in this kind of store; a SQLite one in `folder`.
  public func book(
    in folder: TemporaryDirectory, currency: Currency = .pln,
    context: AppendContext = AppendContext(actor: "ann")
  ) throws -> Book {
    if self == .memory { return try Book.inMemory(currency: currency, context: context) }
    return try Book.create(in: store(in: folder), currency: currency, context: context).book
  }

  /// A new store of this kind holding no book yet (not even its book-created
  /// event); `name` tells apart several in one folder.
  package func store(in folder: TemporaryDirectory, name: String = "book") throws
    -> any BookStore
  {
    switch self {
    case .sqlite: return try Book.newStore(path: folder.file(name + ".sqlite"))
    case .memory: return MemoryBookStore()
    case .postgres:
      return try PostgresBookStore(
        url: Self.postgresURL ?? "", schema: Self.schema(folder, name), create: true)
    }
  }

  /// A `postgres://` URL naming a book of its own on the test server
  /// (`?book=`), for tests that run `kam` against it; nil when no server can
  /// be used (``available`` has said why).
  public static func postgresBookURL(in folder: TemporaryDirectory, name: String = "book")
    -> String?
  {
    guard available.contains(.postgres), let url = postgresURL else { return nil }
    return url + (url.contains("?") ? "&" : "?") + "book=" + schema(folder, name)
  }

  /// A schema per book, named after the test folder: books never meet.
  private static func schema(_ folder: TemporaryDirectory, _ name: String) -> String {
    let folderName = String(folder.path.split(separator: "-").last ?? "x").lowercased()
    return "t_" + folderName + (name == "book" ? "" : "_" + name)
  }
}
