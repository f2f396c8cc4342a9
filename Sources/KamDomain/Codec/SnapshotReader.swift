/// Reads what ``SnapshotWriter`` wrote; any inconsistency is a ``SnapshotError``.
struct SnapshotReader {
  private let bytes: [UInt8]
  private var offset = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func int() throws(SnapshotError) -> Int64 {
    var position = offset
    let value = bytes.withUnsafeBytes { Varint.read($0, at: &position) }
    guard let value else { throw SnapshotError() }
    offset = position
    return value
  }

  mutating func count() throws(SnapshotError) -> Int {
    let value = try int()
    guard value >= 0, value <= bytes.count - offset else { throw SnapshotError() }
    return Int(value)
  }

  mutating func bool() throws(SnapshotError) -> Bool {
    guard offset < bytes.count, bytes[offset] <= 1 else { throw SnapshotError() }
    defer { offset += 1 }
    return bytes[offset] == 1
  }

  mutating func double() throws(SnapshotError) -> Double {
    guard offset + 8 <= bytes.count else { throw SnapshotError() }
    defer { offset += 8 }
    return Double(
      bitPattern: bytes.withUnsafeBytes {
        UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      })
  }

  mutating func string() throws(SnapshotError) -> String {
    let count = try count()
    defer { offset += count }
    return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
  }

  /// Whether the next string is `text`, read past either way: a lookup among many rows
  /// compares bytes rather than building a `String` of each.
  mutating func string(equals text: String) throws(SnapshotError) -> Bool {
    let count = try count()
    defer { offset += count }
    var text = text
    return text.withUTF8 { $0.elementsEqual(bytes[offset..<offset + count]) }
  }

  /// What ``SnapshotWriter/blob(_:)`` wrote.
  mutating func blob() throws(SnapshotError) -> [UInt8] {
    let count = try count()
    defer { offset += count }
    return Array(bytes[offset..<offset + count])
  }

  /// Reads past a string.
  mutating func skipString() throws(SnapshotError) { offset += try count() }

  /// A value of a `RawRepresentable` enum stored as its raw string.
  mutating func raw<Value: RawRepresentable>(_: Value.Type) throws(SnapshotError) -> Value
  where Value.RawValue == String {
    guard let value = Value(rawValue: try string()) else { throw SnapshotError() }
    return value
  }

  mutating func optional<Value>(_ read: (inout Self) throws(SnapshotError) -> Value)
    throws(SnapshotError) -> Value?
  {
    try bool() ? try read(&self) : nil
  }

  mutating func array<Element>(_ read: (inout Self) throws(SnapshotError) -> Element)
    throws(SnapshotError) -> [Element]
  {
    let count = try count()
    var values: [Element] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try read(&self)) }
    return values
  }
}

/// A snapshot that cannot be read: damaged, or written in another format.
public struct SnapshotError: Error, Hashable, Sendable {}
