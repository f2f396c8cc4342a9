/// An event of the log and its hash: the head of the chain as it was when
/// someone wrote it down, to check later that the log still holds it.
///
/// Written `SEQ:HASH`, the hash as 64 lowercase hexadecimal digits. Kept
/// outside the book, it is an anchor an editor of the book cannot forge:
/// recomputing the chain after an edit changes the hash of every later event.
public struct ChainHead: Sendable, Hashable, CustomStringConvertible {
  /// The event's sequence number.
  public var seq: SequenceNumber
  /// Its SHA-256 chain hash.
  public var hash: [UInt8]

  /// Creates a head.
  public init(seq: SequenceNumber, hash: [UInt8]) {
    self.seq = seq
    self.hash = hash
  }

  /// Parses `SEQ:HASH`; nil unless SEQ is a positive integer and HASH 64
  /// hexadecimal digits.
  public init?(_ text: String) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let seq = Int64(parts[0]), seq >= 1 else { return nil }
    let digits = Array(parts[1].utf8)
    guard digits.count == 64 else { return nil }
    var hash: [UInt8] = []
    hash.reserveCapacity(32)
    for index in stride(from: 0, to: 64, by: 2) {
      guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else {
        return nil
      }
      hash.append(high << 4 | low)
    }
    self.init(seq: SequenceNumber(rawValue: seq), hash: hash)
  }

  /// The hash in lowercase hexadecimal.
  public var hexHash: String { Self.hex(hash) }

  /// `SEQ:HASH`.
  public var description: String { "\(seq):\(hexHash)" }

  /// Bytes as lowercase hexadecimal.
  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0xF)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  private static func nibble(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
