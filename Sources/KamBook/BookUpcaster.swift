import KamDomain
public import KamEventLog

/// Adapts the domain's payload upcasts to the log's read path.
public struct BookUpcaster: EventUpcaster {
  /// Creates the upcaster.
  public init() {}

  public func upcast(_ event: inout StoredEvent) throws(EventLogError) {
    do {
      if let (version, payload) = try DomainUpcaster.upcast(
        type: event.type, version: event.typeVersion, payload: event.payload)
      {
        event.typeVersion = version
        event.payload = payload
      }
    } catch {
      throw EventLogError(
        .upcastFailed, "event \(event.seq) (\(event.type) v\(event.typeVersion)): \(error)")
    }
  }
}
