import KamTime

extension HashChain {
  /// The hash of a stored event given its predecessor's: what its `hash` should be.
  package static func hash(previous: [UInt8], _ event: StoredEvent) -> [UInt8] {
    event.payload.withUnsafeBytes { payload in
      hash(
        previous: previous, seq: event.seq.rawValue, id: event.id.rawValue,
        stream: event.stream.rawValue, streamVersion: event.streamVersion, type: event.type,
        typeVersion: Int64(event.typeVersion), occurredAt: event.occurredAt.millisecondsSinceEpoch,
        recordedAt: event.recordedAt.millisecondsSinceEpoch, actor: event.actor,
        commandID: event.commandID.rawValue, correlationID: event.correlationID,
        causationID: event.causationID, payload: payload)
    }
  }
}
