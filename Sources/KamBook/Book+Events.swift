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

  /// The events at these positions, upcast, in one read and in log order, each once; a
  /// position with no event is left out. With `fold`, an event's id, correlation and
  /// causation ids and hash may be left empty: what wording it needs, where a whole-book
  /// table words tens of thousands.
  ///
  /// What a table naming a few causes reads: only the events it shows, however
  /// long the log.
  public func events(at seqs: some Collection<SequenceNumber>, fold: Bool = false)
    throws(BookError) -> [StoredEvent]
  {
    guard !seqs.isEmpty else { return [] }
    // In log order: each lookup then finds its page where the one before left it, where
    // a set's order sent every lookup to a page of its own (a whole-book table's causes).
    let wanted = Set(seqs).sorted()
    return try store.reading { tx in try tx.events(at: wanted, fold: fold) }
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
