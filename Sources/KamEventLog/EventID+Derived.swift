import Crypto

extension EventID {
  /// A deterministic id from content: the same content always gives the same
  /// id, so appending it twice stores it once (idempotent imports).
  public static func derived(from content: [UInt8], prefix: String = "d") -> EventID {
    let digest = SHA256.hash(data: content)
    let hex = Array("0123456789abcdef".utf8)
    var out = Array(prefix.utf8)
    for byte in digest.prefix(16) {
      out.append(hex[Int(byte >> 4)])
      out.append(hex[Int(byte & 0xF)])
    }
    return EventID(rawValue: String(decoding: out, as: UTF8.self))
  }
}
