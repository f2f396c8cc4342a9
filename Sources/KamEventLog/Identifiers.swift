/// The name of a stream: the events of one aggregate (for kam, one client).
public struct StreamID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The stream's name.
  public var rawValue: String
  /// Wraps a name.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// Wraps a name.
  public init(_ rawValue: String) { self.rawValue = rawValue }
  /// Wraps a literal name.
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
  public static func < (lhs: StreamID, rhs: StreamID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The unique id of an event. Appending an event whose id is already stored is
/// a no-op that returns the stored event: this is what makes retries safe.
public struct EventID: RawRepresentable, Hashable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The id's text.
  public var rawValue: String
  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// Wraps a literal id.
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }

  /// A new random id (128 bits, hex).
  public static func random() -> EventID { EventID(rawValue: randomHex(bytes: 16)) }
}

/// Groups the events one invocation appended, so that `kam undo` can
/// compensate them together.
public struct CommandID: RawRepresentable, Hashable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The id's text.
  public var rawValue: String
  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// Wraps a literal id.
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }

  /// A new random id (64 bits, hex): short enough to type after `kam undo`.
  public static func random() -> CommandID { CommandID(rawValue: "c" + randomHex(bytes: 8)) }
}

/// An event's global position in the log: 1, 2, 3, … with no gaps.
public struct SequenceNumber: RawRepresentable, Hashable, Comparable, Sendable,
  CustomStringConvertible, ExpressibleByIntegerLiteral
{
  /// The position.
  public var rawValue: Int64
  /// Wraps a position.
  public init(rawValue: Int64) { self.rawValue = rawValue }
  /// Wraps a literal position.
  public init(integerLiteral value: Int64) { self.rawValue = value }
  /// The position before any event.
  public static let zero = SequenceNumber(rawValue: 0)
  /// The next position.
  public var next: SequenceNumber { SequenceNumber(rawValue: rawValue + 1) }
  public var description: String { String(rawValue) }
  public static func < (lhs: SequenceNumber, rhs: SequenceNumber) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

func randomHex(bytes: Int) -> String {
  var generator = SystemRandomNumberGenerator()
  let digits = Array("0123456789abcdef".utf8)
  var out = [UInt8]()
  out.reserveCapacity(bytes * 2)
  for _ in 0..<bytes {
    let byte = UInt8.random(in: 0...255, using: &generator)
    out.append(digits[Int(byte >> 4)])
    out.append(digits[Int(byte & 0xF)])
  }
  return String(decoding: out, as: UTF8.self)
}
