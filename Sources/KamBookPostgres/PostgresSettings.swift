#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a PostgreSQL book is and how to log in: from a `postgres://` URL, then
/// the `PG*` environment, then `.pgpass`, as libpq reads them.
///
/// The password is kept but never shown: ``description`` and every error leave it out.
public struct PostgresSettings: Sendable, Hashable, CustomStringConvertible {
  /// The host name or address, or a folder holding the server's unix socket
  /// (a value starting with `/`).
  public var host: String
  /// The TCP port (also the number in the socket's file name).
  public var port: Int
  /// The role to log in as.
  public var user: String
  /// The database.
  public var database: String
  /// How TLS is used, as libpq's `sslmode`.
  public var sslMode: SSLMode
  /// The book's schema when the URL names one (`?book=NAME`): several books,
  /// one per schema, can share a database. Nil means the default, `kam`.
  public var book: String?
  /// The password, from the URL, `PGPASSWORD` or the password file; nil when none.
  var password: String?

  /// libpq's `sslmode` values.
  public enum SSLMode: String, Sendable, Hashable, CaseIterable {
    case disable, allow, prefer, require
    case verifyCA = "verify-ca"
    case verifyFull = "verify-full"
  }

  /// True when ``host`` names a unix-socket folder.
  public var isUnixSocket: Bool { host.hasPrefix("/") }

  /// The socket file of a unix-socket connection.
  var socketPath: String { "\(host)/.s.PGSQL.\(port)" }

  /// `user@host:port/database` (and `?book=NAME` when the URL named one), without the password.
  public var description: String {
    let place = host.contains(":") ? "[\(host)]" : host
    return "\(user)@\(place):\(port)/\(database)" + (book.map { "?book=\($0)" } ?? "")
  }

  /// Where the server is, for messages: `host:port`.
  public var endpoint: String {
    isUnixSocket ? socketPath : (host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)")
  }

  /// Reads `url` (`postgres://[user[:password]@][host][:port][/database][?name=value&…]`),
  /// filling what it leaves out from `environment` (`PGHOST`, `PGPORT`, `PGUSER`,
  /// `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`, `PGPASSFILE`, `USER`) and the password
  /// file (`PGPASSFILE`, else `~/.pgpass`).
  ///
  /// - Throws: ``PostgresLogError`` with code ``PostgresLogError/Code/invalidURL``.
  public init(url: String, environment: [String: String] = Self.processEnvironment) throws {
    let parsed = try PostgresURL(url)
    let env = environment
    host = parsed.host ?? env["PGHOST"] ?? "localhost"
    let portText = parsed.port ?? env["PGPORT"] ?? "5432"
    guard let port = Int(portText), (1...65535).contains(port) else {
      throw PostgresLogError(.invalidURL, "the port \(portText) is not a number from 1 to 65535")
    }
    self.port = port
    user = parsed.user ?? env["PGUSER"] ?? env["USER"] ?? "postgres"
    database = parsed.database ?? env["PGDATABASE"] ?? user
    let modeText = parsed.sslMode ?? env["PGSSLMODE"] ?? "prefer"
    guard let mode = SSLMode(rawValue: modeText) else {
      throw PostgresLogError(
        .invalidURL,
        "sslmode=\(modeText) is not one of "
          + SSLMode.allCases.map(\.rawValue).joined(separator: ", "))
    }
    sslMode = mode
    book = parsed.book
    password = parsed.password ?? env["PGPASSWORD"]
    if password == nil {
      let file = env["PGPASSFILE"] ?? env["HOME"].map { $0 + "/.pgpass" }
      if let file {
        password = PostgresPassFile.password(
          in: file, host: isUnixSocket ? "localhost" : host, port: port, database: database,
          user: user)
      }
    }
  }

  /// The environment of this process.
  public static var processEnvironment: [String: String] {
    var result: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      entry += 1
    }
    return result
  }
}
