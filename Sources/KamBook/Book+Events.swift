public import KamEventLog

extension Book {
  /// Calls `body` with every event matching `filter`, in sequence order, upcast.
  ///
  /// What `kam events` and `kam show` list: the CLI reads the log through the
  /// book, never through its store.
  public func forEachEvent(
    matching filter: EventFilter, _ body: (StoredEvent) throws(BookError) -> Void
  ) throws(BookError) {
    try store.reading { tx in try tx.forEachEvent(matching: filter, fold: false, body) }
  }

  /// The last sequence number (zero for an empty log).
  public func lastSequence() throws(BookError) -> SequenceNumber {
    try store.reading { tx in try tx.lastSequence() }
  }

  /// The event at this position, upcast, or nil.
  public func event(at seq: SequenceNumber) throws(BookError) -> StoredEvent? {
    try store.reading { tx in try tx.event(at: seq) }
  }

  /// Every event one command appended, in order.
  public func events(of command: CommandID) throws(BookError) -> [StoredEvent] {
    try store.reading { tx in try tx.events(of: command) }
  }

  /// The most recent command of an actor, if any.
  public func lastCommand(of actor: String) throws(BookError) -> CommandID? {
    try store.reading { tx in try tx.lastCommand(of: actor) }
  }
}
