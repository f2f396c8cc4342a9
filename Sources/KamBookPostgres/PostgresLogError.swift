/// What went wrong talking to a PostgreSQL book, in one line that names the
/// server (host and port) but never the password.
public struct PostgresLogError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kind of failure, for callers that map it to an exit status.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    let name: String

    /// The URL or a `PG*` setting is not one kam can use.
    public static let invalidURL = Code(name: "invalid URL")
    /// No server answers at the host and port (refused, unreachable, timed out).
    public static let serverDown = Code(name: "server down")
    /// The server refused the role or its password.
    public static let authentication = Code(name: "authentication failed")
    /// The server has no database of that name.
    public static let databaseMissing = Code(name: "database missing")
    /// The database holds no book in that schema (and none was to be created).
    public static let bookMissing = Code(name: "book missing")
    /// The book was made by a newer kam: its schema version is above this one's.
    public static let newerSchema = Code(name: "newer schema")
    /// The book's schema is older and this role may not migrate it.
    public static let olderSchema = Code(name: "older schema")
    /// TLS was asked for (`sslmode`) and could not be had.
    public static let tls = Code(name: "TLS")
    /// The connection broke after it was made; the transaction did not commit.
    public static let lostConnection = Code(name: "lost connection")
    /// The server refused a statement (a trigger, a privilege, a constraint).
    public static let refused = Code(name: "refused")
    /// The server answered with something kam did not expect.
    public static let unexpected = Code(name: "unexpected answer")

    public var description: String { name }
  }

  /// The kind of failure.
  public var code: Code
  /// One line: what, where, and what to do when there is something to do.
  public var message: String
  /// The server's SQLSTATE, when the server itself refused.
  public var sqlState: String?

  /// Creates an error.
  public init(_ code: Code, _ message: String, sqlState: String? = nil) {
    self.code = code
    self.message = message
    self.sqlState = sqlState
  }

  public var description: String { message }
}
