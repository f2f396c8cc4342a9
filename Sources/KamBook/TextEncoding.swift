/// The text encoding of an imported file, as its rules file declares it
/// (`encoding = …`, docs/import.md). Single-byte encodings are converted to
/// UTF-8 through their own tables, so nothing depends on the platform's
/// converters.
public enum TextEncoding: String, Sendable, CaseIterable {
  /// UTF-8, checked byte by byte: the default.
  case utf8 = "utf-8"
  /// Windows code page 1250 (Central European), common in Polish exports.
  case windows1250 = "windows-1250"
  /// ISO 8859-2 (Latin-2).
  case iso88592 = "iso-8859-2"

  /// The encoding a rules file names, case-insensitively, with common aliases.
  public init?(name: String) {
    switch name.lowercased() {
    case "utf-8", "utf8": self = .utf8
    case "windows-1250", "cp1250", "cp-1250": self = .windows1250
    case "iso-8859-2", "iso8859-2", "latin2", "latin-2": self = .iso88592
    default: return nil
    }
  }

  /// The names ``init(name:)`` accepts, for messages.
  static let accepted = "utf-8, windows-1250 (cp1250) or iso-8859-2 (latin2)"

  /// Why some bytes are not text in an encoding: where, and which byte.
  struct Failure: Error {
    /// The 0-based offset of the first bad byte.
    var offset: Int
    /// The byte.
    var byte: UInt8
  }

  /// The bytes as UTF-8: checked when they are UTF-8 already, converted otherwise.
  func utf8(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
    switch self {
    case .utf8:
      if let offset = Self.firstInvalidUTF8(bytes) {
        throw Failure(offset: offset, byte: bytes[offset])
      }
      return bytes
    case .windows1250: return try Self.convert(bytes, table: Self.windows1250High, from: 0x80)
    case .iso88592: return try Self.convert(bytes, table: Self.iso88592High, from: 0xA0)
    }
  }

  /// The offset of the first byte that does not belong to well-formed UTF-8
  /// (no overlong forms, no surrogates, nothing past U+10FFFF), or nil.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return index
      }
      for position in 1..<length {
        guard index + position < count else { return index }
        let byte = bytes[index + position]
        let (min, max) = position == 1 ? (low, high) : (0x80, 0xBF)
        guard byte >= min, byte <= max else { return index }
      }
      index += length
    }
    return nil
  }

  /// Single-byte text through a table of the code points from `first` up;
  /// bytes below it are ASCII (and the C1 range below 0xA0 maps to itself).
  private static func convert(_ bytes: [UInt8], table: [UInt16], from first: UInt8) throws(Failure)
    -> [UInt8]
  {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 4)
    for (offset, byte) in bytes.enumerated() {
      if byte < 0x80 {
        out.append(byte)
        continue
      }
      let scalar = byte < first ? UInt16(byte) : table[Int(byte - first)]
      guard scalar != 0 else { throw Failure(offset: offset, byte: byte) }
      for unit in Unicode.Scalar(scalar)!.utf8 { out.append(unit) }
    }
    return out
  }

  /// Windows-1250, bytes 0x80…0xFF; 0 where the code page defines no character.
  static let windows1250High: [UInt16] = [
    0x20AC, 0x0000, 0x201A, 0x0000, 0x201E, 0x2026, 0x2020, 0x2021,
    0x0000, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179,
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x0000, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A,
    0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,
    0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C,
    0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7,
    0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7,
    0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
  ]

  /// ISO 8859-2, bytes 0xA0…0xFF.
  static let iso88592High: [UInt16] = [
    0x00A0, 0x0104, 0x02D8, 0x0141, 0x00A4, 0x013D, 0x015A, 0x00A7,
    0x00A8, 0x0160, 0x015E, 0x0164, 0x0179, 0x00AD, 0x017D, 0x017B,
    0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E, 0x015B, 0x02C7,
    0x00B8, 0x0161, 0x015F, 0x0165, 0x017A, 0x02DD, 0x017E, 0x017C,
    0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7,
    0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7,
    0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
  ]
}
