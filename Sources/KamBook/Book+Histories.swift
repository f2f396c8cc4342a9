public import KamDomain
public import KamEventLog
public import KamTime

extension Book {
  /// Every client's history, folded in one pass over the log.
  ///
  /// `knownAt` replays the log as it stood at that instant (system time):
  /// events, retractions and all recorded later are left out.
  public func histories(knownAt: Instant? = nil, before: SequenceNumber? = nil) throws
    -> [ClientSlug: ClientHistory]
  {
    var histories: [ClientSlug: ClientHistory] = [:]
    try log.forEachEvent(matching: EventFilter(recordedBy: knownAt, before: before)) { stored in
      guard let client = ClientSlug(rawValue: stored.stream.rawValue) else { return }
      histories[client, default: ClientHistory(client: client)].apply(try RecordedEvent(stored))
    }
    return histories
  }
}
