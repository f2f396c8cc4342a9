extension FlatJSON {
  /// Parses a flat JSON object; nil when the bytes are not one (nested
  /// objects and arrays included).
  public init?(bytes: some Collection<UInt8>) {
    var parser = Parser(bytes: Array(bytes))
    guard let members = parser.object() else { return nil }
    self.members = members
  }

  /// Parses a flat JSON object from text.
  public init?(text: String) { self.init(bytes: Array(text.utf8)) }
}

private struct Parser {
  let bytes: [UInt8]
  var index = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func object() -> [(key: String, value: FlatJSONValue)]? {
    skipSpace()
    guard take(UInt8(ascii: "{")) else { return nil }
    var members: [(key: String, value: FlatJSONValue)] = []
    skipSpace()
    if take(UInt8(ascii: "}")) { return finish(members) }
    while true {
      skipSpace()
      guard let key = string() else { return nil }
      skipSpace()
      guard take(UInt8(ascii: ":")) else { return nil }
      skipSpace()
      guard let value = value() else { return nil }
      members.append((key, value))
      skipSpace()
      if take(UInt8(ascii: ",")) { continue }
      guard take(UInt8(ascii: "}")) else { return nil }
      return finish(members)
    }
  }

  mutating func finish(_ members: [(key: String, value: FlatJSONValue)])
    -> [(key: String, value: FlatJSONValue)]?
  {
    skipSpace()
    return index == bytes.count ? members : nil
  }

  mutating func value() -> FlatJSONValue? {
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "\""): return string().map(FlatJSONValue.string)
    case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
    case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
    case UInt8(ascii: "n"): return literal("null") ? .null : nil
    default: return number()
    }
  }

  mutating func number() -> FlatJSONValue? {
    if let integer = integer() { return .integer(integer) }
    let start = index
    var isInteger = true
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x30 && byte <= 0x39 || byte == UInt8(ascii: "-") {
        index += 1
      } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        || byte == UInt8(ascii: "+")
      {
        isInteger = false
        index += 1
      } else {
        break
      }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if isInteger, let int = Int64(text) { return .integer(int) }
    return Double(text).map(FlatJSONValue.number)
  }

  /// A plain integer (`-?[0-9]+` not followed by a fraction or exponent)
  /// read straight from the bytes, the common case of amounts and counts;
  /// nil, with the position unchanged, for anything else or an overflow.
  mutating func integer() -> Int64? {
    var position = index
    let negative = position < bytes.count && bytes[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    let digitsStart = position
    var magnitude: Int64 = 0
    while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
      let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(Int64(bytes[position] - 0x30))
      guard !overflow1, !overflow2 else { return nil }
      magnitude = sum
      position += 1
    }
    guard position > digitsStart else { return nil }
    if position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "-"),
        UInt8(ascii: "+"):
        return nil
      default: break
      }
    }
    index = position
    return negative ? -magnitude : magnitude
  }

  mutating func string() -> String? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    let start = index
    while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != 0x5C {
      index += 1
    }
    guard index < bytes.count else { return nil }
    if bytes[index] == UInt8(ascii: "\"") {
      defer { index += 1 }
      return String(decoding: bytes[start..<index], as: UTF8.self)
    }
    var out = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
      guard byte == 0x5C else {
        out.append(byte)
        continue
      }
      guard index < bytes.count else { return nil }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "u"):
        guard index + 4 <= bytes.count,
          let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { return nil }
        index += 4
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        out.append(contentsOf: String(Character(scalar)).utf8)
      default: out.append(escape)
      }
    }
    return nil
  }

  mutating func literal(_ word: StaticString) -> Bool {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
    index += count
    return true
  }

  mutating func take(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  mutating func skipSpace() {
    while index < bytes.count,
      bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
    {
      index += 1
    }
  }
}
