/// SQL text of several statements (a schema file) cut into statements, since
/// PostgresNIO sends one statement per query (the extended protocol).
///
/// Knows what may hide a `;`: quoted text and names, `--` and `/* */`
/// comments, and dollar quoting (`$$ … $$`, `$tag$ … $tag$`) as function bodies use.
package enum SQLScript {
  /// The statements of `sql`, in order, without their `;`; comment-only pieces dropped.
  package static func statements(_ sql: String) -> [String] {
    let bytes = Array(sql.utf8)
    var statements: [String] = []
    var start = 0
    var index = 0
    var hasCode = false
    func finish(_ end: Int) {
      if hasCode {
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        statements.append(text.trimmingWhitespace())
      }
      start = end + 1
      hasCode = false
    }
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == byte:
        while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
        continue
      case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
        index += 2
        while index + 1 < bytes.count
          && !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/"))
        {
          index += 1
        }
        index += 2
        continue
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        hasCode = true
        index += 1
        // A doubled quote inside is the quote itself: the loop passes both.
        while index < bytes.count && bytes[index] != byte { index += 1 }
      case UInt8(ascii: "$"):
        hasCode = true
        if let tag = dollarTag(bytes, at: index) {
          index += tag.count
          while index < bytes.count && !bytes[index...].starts(with: tag) { index += 1 }
          index += tag.count
          continue
        }
      case UInt8(ascii: ";"):
        finish(index)
      case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        break
      default:
        hasCode = true
      }
      index += 1
    }
    finish(bytes.count)
    return statements
  }

  /// `$$` or `$tag$` starting at `index`, or nil (a parameter such as `$1`).
  private static func dollarTag(_ bytes: [UInt8], at index: Int) -> [UInt8]? {
    var end = index + 1
    while end < bytes.count,
      bytes[end] == UInt8(ascii: "_") || (0x41...0x5A).contains(bytes[end])
        || (0x61...0x7A).contains(bytes[end])
    {
      end += 1
    }
    guard end < bytes.count, bytes[end] == UInt8(ascii: "$") else { return nil }
    return Array(bytes[index...end])
  }
}

extension String {
  /// Without leading and trailing spaces and line breaks.
  fileprivate func trimmingWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
