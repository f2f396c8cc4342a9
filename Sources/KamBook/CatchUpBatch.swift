import KamDomain
import KamEventLog

/// One batch of a catch-up: its events, decoded once, with their clients.
struct CatchUpBatch {
  /// The events, in sequence order.
  let events: ArraySlice<RecordedEvent>
  /// Each event's client, nil for a book-wide stream (slugs validated once).
  let clients: ArraySlice<ClientSlug?>
  /// A batch of `events` and their `clients` (same indices).
  init(_ events: ArraySlice<RecordedEvent>, clients: ArraySlice<ClientSlug?>) {
    self.events = events
    self.clients = clients
  }

  /// The clients the batch touches, and whether it changes the policy.
  func touched() -> (clients: Set<ClientSlug>, changesPolicy: Bool) {
    var touched: Set<ClientSlug> = []
    var changesPolicy = false
    for (event, client) in zip(events, clients) {
      if let client {
        touched.insert(client)
      } else if event.stream == Book.policyStream.rawValue {
        changesPolicy = true
      }
    }
    return (touched, changesPolicy)
  }

  /// The events after `checkpoint`, for a projection ahead of the others.
  func after(_ checkpoint: Int64) -> CatchUpBatch {
    guard let first = events.first, first.seq <= checkpoint else { return self }
    let start = events.firstIndex { $0.seq > checkpoint } ?? events.endIndex
    return CatchUpBatch(events[start...], clients: clients[start...])
  }
}
