import KamBook
import KamBookSQLite

/// Where `--db` / `KAM_DB` says the book is, and the store that opens it: a
/// path is a SQLite file; a `postgres://` URL a team book on a server.
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
    case .file(let path): return try Book(path: path)
    case .server(let url):
      throw BookError(
        .badArgument,
        "\(Self.redacted(url)): this kam keeps books in SQLite files only; PostgreSQL team "
          + "books are not built yet (give --db a file path)")
    }
  }

  /// `url` without its password, for messages: `postgres://anna:…@host/db`.
  static func redacted(_ url: String) -> String {
    guard let scheme = url.firstRange(of: "://"),
      let at = url[scheme.upperBound...].lastIndex(of: "@"),
      let colon = url[scheme.upperBound..<at].firstIndex(of: ":")
    else { return url }
    return String(url[..<url.index(after: colon)]) + "…" + String(url[at...])
  }
}
