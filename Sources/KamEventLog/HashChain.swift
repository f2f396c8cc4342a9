internal import Crypto

/// The SHA-256 chain that makes edits to the log detectable.
///
/// Each event's hash covers the previous event's hash and every stored field,
/// each prefixed by its length so that no two different rows hash alike by
/// shifting bytes between neighbouring fields.
package enum HashChain {
  /// The "previous hash" of the first event: 32 zero bytes.
  package static let genesis = [UInt8](repeating: 0, count: 32)

  /// The hash of one event given its predecessor's.
  package static func hash(
    previous: [UInt8], seq: Int64, id: String, stream: String, streamVersion: Int64,
    type: String, typeVersion: Int64, occurredAt: Int64, recordedAt: Int64, actor: String,
    commandID: String, correlationID: String?, causationID: String?,
    payload: UnsafeRawBufferPointer
  ) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(data: previous)
    func field(_ bytes: UnsafeRawBufferPointer) {
      withUnsafeBytes(of: UInt32(bytes.count).bigEndian) { hasher.update(bufferPointer: $0) }
      hasher.update(bufferPointer: bytes)
    }
    func field(_ text: String?) {
      var text = text ?? ""
      text.withUTF8 { field(UnsafeRawBufferPointer($0)) }
    }
    func field(_ number: Int64) {
      withUnsafeBytes(of: number.bigEndian) { field($0) }
    }
    field(seq)
    field(id)
    field(stream)
    field(streamVersion)
    field(type)
    field(typeVersion)
    field(occurredAt)
    field(recordedAt)
    field(actor)
    field(commandID)
    field(correlationID)
    field(causationID)
    field(payload)
    return Array(hasher.finalize())
  }
}
