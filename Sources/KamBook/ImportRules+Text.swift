extension ImportRules {
  /// A whole number written with ASCII digits only (no sign, no blanks), at
  /// most `limit`; nil otherwise.
  static func number(_ text: String, upTo limit: Int) -> Int? {
    guard !text.isEmpty else { return nil }
    var value = 0
    for byte in text.utf8 {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
      guard value <= limit else { return nil }
    }
    return value
  }

  /// A value quoted for a message: control characters escaped, so that one
  /// message stays one line and cannot drive the terminal, and long values
  /// cut, so that a megabyte cell does not become a megabyte message.
  static func shown(_ text: some StringProtocol, limit: Int = 60) -> String {
    var out = "\""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == limit {
        out += "…"
        break
      }
      count += 1
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x09: out += "\\t"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029:
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A list of values for a message, cut after the first few.
  static func shown(list: [String], limit: Int = 12) -> String {
    let first = list.prefix(limit).map { shown($0, limit: 30) }.joined(separator: ", ")
    let columns = list.count == 1 ? "1 column" : "\(list.count) columns"
    return columns + ": " + first + (list.count > limit ? ", …" : "")
  }
}
