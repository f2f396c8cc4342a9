public import KamDomain
public import KamEventLog

extension DomainEvent {
  /// Decodes a stored (already upcast) event.
  public init(_ stored: StoredEvent) throws(BookError) {
    do {
      self = try DomainEvent(
        type: stored.type, version: stored.typeVersion, payload: stored.payload)
    } catch {
      throw BookError(.incompatible, "event \(stored.seq) (\(stored.type)): \(error)")
    }
  }
}

extension RecordedEvent {
  /// The domain's view of a stored event.
  public init(_ stored: StoredEvent) throws(BookError) {
    self.init(
      seq: stored.seq.rawValue, stream: stored.stream.rawValue, occurredAt: stored.occurredAt,
      recordedAt: stored.recordedAt, actor: stored.actor, commandID: stored.commandID.rawValue,
      event: try DomainEvent(stored))
  }
}
