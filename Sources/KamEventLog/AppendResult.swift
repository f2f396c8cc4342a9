/// What an append did.
public struct AppendResult: Sendable, Hashable {
  /// The stored events, in the order given: new ones, and for retried ids the
  /// ones stored earlier.
  public var events: [StoredEvent]
  /// How many of them were already stored (retries), and so not written again.
  public var duplicates: Int

  /// Creates a result.
  public init(events: [StoredEvent], duplicates: Int) {
    self.events = events
    self.duplicates = duplicates
  }
}
