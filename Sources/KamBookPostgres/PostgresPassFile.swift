#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libpq's password file: lines `host:port:database:user:password`, `*`
/// matching anything, `\:` and `\\` escaping, `#` starting a comment.
enum PostgresPassFile {
  /// The password of the first line that matches, or nil (no file, no match,
  /// or a file others may read, which libpq ignores too).
  static func password(in path: String, host: String, port: Int, database: String, user: String)
    -> String?
  {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_mode & 0o077 == 0, let text = read(path)
    else { return nil }
    let wanted = [host, String(port), database, user]
    for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
      guard !line.hasPrefix("#") else { continue }
      let fields = split(line)
      guard fields.count == 5 else { continue }
      if zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
    }
    return nil
  }

  /// The fields of a line, unescaped.
  static func split(_ line: Substring) -> [String] {
    var fields: [String] = []
    var field = ""
    var escaped = false
    for character in line {
      if escaped {
        field.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" && fields.count < 4 {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    fields.append(field)
    return fields
  }

  private static func read(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      guard count > 0 else { break }
      bytes.append(contentsOf: buffer[..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
