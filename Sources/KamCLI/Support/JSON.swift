import KamDomain

/// A JSON value with ordered object members, rendered by hand.
public indirect enum JSON: Hashable, Sendable {
  /// An object, members in order.
  case object([Member])
  /// An array.
  case array([JSON])
  /// A string.
  case string(String)
  /// An integer.
  case integer(Int64)
  /// A number.
  case number(Double)
  /// true or false.
  case bool(Bool)
  /// null.
  case null

  /// One member of an object.
  public struct Member: Hashable, Sendable {
    /// The key.
    public var key: String
    /// The value.
    public var value: JSON
    /// Creates a member.
    public init(_ key: String, _ value: JSON) {
      self.key = key
      self.value = value
    }
  }

  /// The value as compact JSON text.
  public var rendered: String {
    var out: [UInt8] = []
    render(into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  func render(into out: inout [UInt8]) {
    switch self {
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        JSON.string(member.key).render(into: &out)
        out.append(UInt8(ascii: ":"))
        member.value.render(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    case .array(let values):
      out.append(UInt8(ascii: "["))
      for (index, value) in values.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        value.render(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .string(let text):
      // One escaper for payloads and output alike.
      FlatJSON.appendString(text, to: &out)
    case .integer(let value): out.append(contentsOf: String(value).utf8)
    case .number(let value):
      out.append(contentsOf: (value.isFinite ? "\(value)" : "null").utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    }
  }

  /// The value as a table or CSV cell: strings bare, arrays joined by `;`.
  public var cell: String {
    switch self {
    case .string(let text): return text
    case .null: return ""
    case .array(let values): return values.map(\.cell).joined(separator: ";")
    default: return rendered
    }
  }
}
