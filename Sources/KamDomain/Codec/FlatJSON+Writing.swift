extension FlatJSON {
  /// The object as compact UTF-8 JSON, members in order.
  public var bytes: [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(16 + members.count * 24)
    out.append(UInt8(ascii: "{"))
    for (index, member) in members.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      Self.appendString(member.key, to: &out)
      out.append(UInt8(ascii: ":"))
      Self.appendValue(member.value, to: &out)
    }
    out.append(UInt8(ascii: "}"))
    return out
  }

  /// The object as a JSON string.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  static func appendValue(_ value: FlatJSONValue, to out: inout [UInt8]) {
    switch value {
    case .string(let string): appendString(string, to: &out)
    case .integer(let int): out.append(contentsOf: String(int).utf8)
    case .number(let double):
      out.append(contentsOf: (double.isFinite ? "\(double)" : "null").utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    }
  }

  /// Appends a JSON string literal, escaping what JSON requires.
  public static func appendString(_ string: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var string = string
    // Runs of bytes that need no escape are copied whole: a listing of 20,000 clients
    // spent a tenth of its time appending its strings byte by byte.
    string.withUTF8 { bytes in
      var run = 0
      for index in bytes.indices {
        let byte = bytes[index]
        guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else {
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
        run = index + 1
        switch byte {
        case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
          let hex = Array("0123456789abcdef".utf8)
          out.append(contentsOf: [
            0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
          ])
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }
    out.append(UInt8(ascii: "\""))
  }
}
