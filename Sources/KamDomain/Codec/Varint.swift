/// Signed integers as zigzag LEB128 varints: small magnitudes take one or two
/// bytes, any Int64 at most ten. Used by stored snapshots and packed days.
public enum Varint {
  /// Appends `value` to `bytes`.
  public static func append(_ value: Int64, to bytes: inout [UInt8]) {
    var zigzag = UInt64(bitPattern: (value << 1) ^ (value >> 63))
    while zigzag >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
      zigzag >>= 7
    }
    bytes.append(UInt8(zigzag))
  }

  /// Reads the varint at `offset` and moves past it; nil (offset unchanged)
  /// when the bytes end inside it or it is longer than an Int64.
  public static func read(_ bytes: UnsafeRawBufferPointer, at offset: inout Int) -> Int64? {
    var zigzag: UInt64 = 0
    var shift: UInt64 = 0
    var position = offset
    while position < bytes.count, shift < 64 {
      let byte = bytes[position]
      position += 1
      zigzag |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 {
        offset = position
        return Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
      }
      shift += 7
    }
    return nil
  }
}
