/// Writes the binary form of a snapshot: integers as zigzag LEB128 varints
/// (most are small: days, amounts, sequence numbers), length-prefixed UTF-8
/// strings, and a presence byte before each optional.
///
/// The snapshot is rewritten with every event of its client, so its size is
/// what a logging command writes and syncs.
struct SnapshotWriter {
  private(set) var bytes: [UInt8] = []

  mutating func int(_ value: Int64) { Varint.append(value, to: &bytes) }

  mutating func int(_ value: Int) { int(Int64(value)) }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func double(_ value: Double) {
    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func string(_ value: String) {
    // A native string knows its UTF-8 count: no copy of it is made first.
    int(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  /// Length-prefixed bytes written as they are: one part of a whole that is read in
  /// parts (``SnapshotReader/blob()``).
  mutating func blob(_ value: [UInt8]) {
    int(value.count)
    bytes.append(contentsOf: value)
  }

  /// A presence byte, then the value when there is one.
  mutating func optional<Value>(_ value: Value?, _ write: (inout Self, Value) -> Void) {
    bool(value != nil)
    if let value { write(&self, value) }
  }

  /// A count, then each element.
  mutating func array<Element>(_ values: [Element], _ write: (inout Self, Element) -> Void) {
    int(values.count)
    for value in values { write(&self, value) }
  }
}
