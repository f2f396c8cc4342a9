import KamDomain

/// A JSON value with ordered object members, rendered by hand.
///
/// Not `indirect`: arrays already hold the nested values out of line, and an indirect case
/// is a heap box per value, a dozen per row of a listing of 20,000 clients.
public enum JSON: Hashable, Sendable {
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
        FlatJSON.appendString(member.key, to: &out)
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
    case .integer(let value): Self.appendDecimal(value, to: &out)
    case .number(let value):
      out.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    }
  }

  /// Appends `value` in decimal, as `String(value)` spells it, without making the string.
  static func appendDecimal(_ value: Int64, to out: inout [UInt8]) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 19 digits at most, from the end
    withUnsafeMutableBytes(of: &digits) { buffer in
      var start = buffer.count
      repeat {
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      out.append(contentsOf: buffer[start...])
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
