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
    var hasher = Hasher(previous: previous)
    hasher.field(seq)
    hasher.field(id)
    hasher.field(stream)
    hasher.field(streamVersion)
    hasher.field(type)
    hasher.field(typeVersion)
    hasher.field(occurredAt)
    hasher.field(recordedAt)
    hasher.field(actor)
    hasher.field(commandID)
    hasher.field(correlationID)
    hasher.field(causationID)
    hasher.field(payload)
    return hasher.finalize()
  }

  /// The chain's recipe one field at a time, in the order of ``hash(previous:seq:id:stream:streamVersion:type:typeVersion:occurredAt:recordedAt:actor:commandID:correlationID:causationID:payload:)``,
  /// so that a reader can hash a row's columns where SQLite holds them, without
  /// copying them into strings first.
  ///
  /// The fields are gathered into one buffer and hashed by one call: SHA-256
  /// fed 27 small pieces costs more in calls than in hashing. A reader keeps
  /// the buffer from row to row (``reset(previous:)``).
  package struct Hasher {
    private var bytes: [UInt8] = []

    /// An empty hasher, to ``reset(previous:)`` before use.
    package init() {}

    /// Starts the hash of the event that follows `previous`.
    package init(previous: [UInt8]) {
      bytes.reserveCapacity(512)
      bytes.append(contentsOf: previous)
    }

    /// Starts again, for the event that follows `previous`, keeping the buffer.
    package mutating func reset(previous: [UInt8]) {
      bytes.removeAll(keepingCapacity: true)
      bytes.append(contentsOf: previous)
    }

    /// A field given as bytes (text as UTF-8; a missing one as no bytes).
    package mutating func field(_ buffer: UnsafeRawBufferPointer) {
      let count = UInt32(buffer.count)
      bytes.append(UInt8(truncatingIfNeeded: count >> 24))
      bytes.append(UInt8(truncatingIfNeeded: count >> 16))
      bytes.append(UInt8(truncatingIfNeeded: count >> 8))
      bytes.append(UInt8(truncatingIfNeeded: count))
      // As typed bytes, which Array copies in one go (raw ones byte by byte).
      guard let base = buffer.baseAddress else { return }
      bytes.append(
        contentsOf: UnsafeBufferPointer(
          start: base.assumingMemoryBound(to: UInt8.self), count: buffer.count))
    }

    /// A text field; nil hashes as the empty text.
    package mutating func field(_ text: String?) {
      var text = text ?? ""
      text.withUTF8 { field(UnsafeRawBufferPointer($0)) }
    }

    /// An integer field, big-endian.
    package mutating func field(_ number: Int64) {
      withUnsafeBytes(of: number.bigEndian) { field($0) }
    }

    /// The hash.
    package func finalize() -> [UInt8] { Array(SHA256.hash(data: bytes)) }

    /// True when the hash equals `stored`, without making an array of it.
    package func matches(_ stored: UnsafeRawBufferPointer) -> Bool {
      SHA256.hash(data: bytes).withUnsafeBytes { $0.elementsEqual(stored) }
    }
  }
}
