/// How many terminal columns text takes, and text cut to fit them.
///
/// A character counts two columns when it is East Asian wide or an emoji (the
/// common ranges, not the full Unicode tables), one otherwise; combining marks
/// ride on their character, since a `Character` is a grapheme cluster.
///
/// Printable ASCII, what nearly every cell and line holds, is one column a byte and
/// is measured as bytes: walking graphemes through it was most of the cost of
/// printing a whole-book table.
enum TextWidth {
  /// The columns `text` takes.
  static func of(_ text: String) -> Int {
    let ascii = printableASCIIPrefix(text)
    if ascii == text.utf8.count { return ascii }
    // The prefix's last byte may start a grapheme with what follows it (a combining
    // mark), so graphemes are counted from it on.
    let start = max(0, ascii - 1)
    var width = start
    for character in text[text.utf8.index(text.utf8.startIndex, offsetBy: start)...] {
      width += of(character)
    }
    return width
  }

  /// The columns one character takes.
  static func of(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first, scalar.value >= 0x1100 else { return 1 }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }

  /// `text` cut to at most `width` columns, ending in "…" when cut.
  static func truncated(_ text: String, to width: Int) -> String {
    let ascii = printableASCIIPrefix(text)
    if ascii == text.utf8.count, ascii <= width { return text }
    // More printable ASCII than fits: the cut falls between two of its bytes.
    if ascii > width {
      guard width > 0 else { return "" }
      return String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + "…"
    }
    guard of(text) > width else { return text }
    guard width > 0 else { return "" }
    var result = ""
    var used = 0
    for character in text {
      let next = of(character)
      if used + next > width - 1 { break }
      result.append(character)
      used += next
    }
    return result + "…"
  }

  /// How many bytes `text` starts with that are printable ASCII (space to tilde).
  static func printableASCIIPrefix(_ text: String) -> Int {
    func count(_ bytes: some Sequence<UInt8>) -> Int {
      var count = 0
      for byte in bytes {
        guard byte >= 0x20, byte < 0x7F else { break }
        count += 1
      }
      return count
    }
    // A native string's bytes are contiguous, and a buffer is walked several times faster.
    return text.utf8.withContiguousStorageIfAvailable(count) ?? count(text.utf8)
  }
}
