public import KamEventLog

extension Book {
  /// Calls `body` with every event matching `filter`, in sequence order, upcast.
  ///
  /// What `kam events` and `kam show` list: the CLI reads the log through the
  /// book, never through its store.
  public func forEachEvent(matching filter: EventFilter, _ body: (StoredEvent) throws -> Void)
    throws
  {
    do {
      try log.forEachEvent(matching: filter, body)
    } catch  where BookError.isLowerLayer(error) {
      throw BookError.wrap(error)
    }
  }

  /// The last sequence number (zero for an empty log).
  public func lastSequence() throws(BookError) -> SequenceNumber {
    do {
      return try log.lastSequence()
    } catch {
      throw BookError.wrap(error)
    }
  }

  /// The event at this position, upcast, or nil.
  public func event(at seq: SequenceNumber) throws(BookError) -> StoredEvent? {
    do {
      return try log.event(at: seq)
    } catch {
      throw BookError.wrap(error)
    }
  }
}
