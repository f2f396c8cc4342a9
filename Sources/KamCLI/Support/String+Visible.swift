extension String {
  /// The text with every control character written as an escape, so that
  /// stored text can neither move the cursor nor break a line or a table row.
  ///
  /// A name holding `ESC [2J` would clear the terminal of whoever lists the
  /// clients; a newline would split a row. Tab, line feed and carriage return
  /// become `\t`, `\n` and `\r`, escape `\e`, every other C0 or C1 control,
  /// DEL and the bidirectional overrides (which reorder what a terminal shows)
  /// `\u{…}`; a backslash stays as it is. Text without any of these is
  /// returned unchanged, without copying.
  var visible: String {
    if TextWidth.printableASCIIPrefix(self) == utf8.count { return self }
    guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
    var result = ""
    result.reserveCapacity(utf8.count + 8)
    for scalar in unicodeScalars {
      guard Self.needsEscape(scalar) else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar.value {
      case 0x09: result += "\\t"
      case 0x0A: result += "\\n"
      case 0x0D: result += "\\r"
      case 0x1B: result += "\\e"
      default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return result
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
