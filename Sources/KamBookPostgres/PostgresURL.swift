/// The parts of a `postgres://` or `postgresql://` URL, percent-decoded; nil
/// for what the URL leaves out.
struct PostgresURL {
  var user: String?
  var password: String?
  var host: String?
  var port: String?
  var database: String?
  var sslMode: String?
  /// kam's own parameter: the book's schema, so that one database can hold several books.
  var book: String?

  /// The query parameters kam reads; any other is refused rather than ignored.
  static let parameters: Set<String> = [
    "sslmode", "host", "port", "user", "password", "dbname", "application_name",
    "connect_timeout", "book",
  ]

  init(_ text: String) throws {
    let scheme = ["postgres://", "postgresql://"].first { text.hasPrefix($0) }
    guard let scheme else {
      throw PostgresLogError(.invalidURL, "a PostgreSQL book is a postgres:// URL")
    }
    var rest = Substring(text.dropFirst(scheme.count))
    var query = Substring("")
    if let mark = rest.firstIndex(of: "?") {
      query = rest[rest.index(after: mark)...]
      rest = rest[..<mark]
    }
    if let slash = rest.firstIndex(of: "/") {
      let name = rest[rest.index(after: slash)...]
      if !name.isEmpty { database = try Self.decode(name) }
      rest = rest[..<slash]
    }
    // The last @: a password may hold an unescaped one.
    if let at = rest.lastIndex(of: "@") {
      let credentials = rest[..<at]
      rest = rest[rest.index(after: at)...]
      if let colon = credentials.firstIndex(of: ":") {
        user = try Self.decode(credentials[..<colon])
        password = try Self.decode(credentials[credentials.index(after: colon)...])
      } else if !credentials.isEmpty {
        user = try Self.decode(credentials)
      }
    }
    if rest.hasPrefix("[") {
      guard let close = rest.firstIndex(of: "]") else {
        throw PostgresLogError(.invalidURL, "the URL's host [ has no closing ]")
      }
      host = String(rest[rest.index(after: rest.startIndex)..<close])
      rest = rest[rest.index(after: close)...]
      if rest.hasPrefix(":") { port = String(rest.dropFirst()) }
    } else if let colon = rest.firstIndex(of: ":") {
      host = try Self.decode(rest[..<colon])
      port = String(rest[rest.index(after: colon)...])
    } else if !rest.isEmpty {
      host = try Self.decode(rest)
    }
    if host?.isEmpty == true { host = nil }
    if port?.isEmpty == true { port = nil }
    for pair in query.split(separator: "&") where !pair.isEmpty {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = try Self.decode(parts[0])
      let value = parts.count > 1 ? try Self.decode(parts[1]) : ""
      guard Self.parameters.contains(name) else {
        throw PostgresLogError(
          .invalidURL,
          "the URL parameter \(name) is not one kam reads: "
            + Self.parameters.sorted().joined(separator: ", "))
      }
      switch name {
      case "sslmode": sslMode = value
      case "host": host = value
      case "port": port = value
      case "user": user = value
      case "password": password = value
      case "dbname": database = value
      case "book": book = value
      default: break
      }
    }
  }

  /// Percent-decodes one part of the URL.
  static func decode(_ part: Substring) throws -> String {
    var bytes: [UInt8] = []
    var iterator = Array(part.utf8).makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(hexValue),
        let low = iterator.next().flatMap(hexValue)
      else {
        throw PostgresLogError(
          .invalidURL, "the URL has a % not followed by two hexadecimal digits")
      }
      bytes.append(high << 4 | low)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
