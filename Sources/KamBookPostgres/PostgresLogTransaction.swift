package import KamEventLog
package import KamTime

/// The log of a PostgreSQL book as one transaction sees it: a session the log
/// lends inside its transaction, and the log's statements on it; what a
/// `PostgresBookStore` hands the book.
package class PostgresLogTransaction: EventLogTransaction {
  /// The log.
  package let log: PostgresEventLog
  /// The connection, inside its transaction.
  package let session: PostgresSession

  /// The transaction on `session`, which the caller has begun.
  package init(_ log: PostgresEventLog, _ session: PostgresSession) {
    self.log = log
    self.session = session
  }

  package func append(_ events: [NewEvent], context: AppendContext) throws -> AppendResult {
    try log.append(events, context: context, in: session)
  }

  package func lastSequence() throws -> SequenceNumber {
    try log.lastSequence(in: session)
  }

  package func lastSequence(recordedBy instant: Instant) throws -> SequenceNumber? {
    try log.lastSequence(recordedBy: instant, in: session)
  }

  package func streamVersion(of stream: StreamID) throws -> Int64 {
    try log.streamVersion(of: stream, in: session)
  }

  package func forEachEvent(
    matching filter: EventFilter, fold: Bool, _ body: (StoredEvent) throws -> Void
  ) throws {
    // A fold may leave ids and hashes out; reading them too is allowed, and one query serves.
    try log.forEachEvent(matching: filter, in: session, body)
  }

  package func forEachEventToFold(
    after position: SequenceNumber, limit: Int, _ body: (StoredEvent) throws -> Void
  ) throws {
    try log.forEachEvent(after: position, limit: limit, in: session, body)
  }

  package func forEachEventToFold(
    after position: SequenceNumber, limit: Int, checking chain: inout ChainCheck,
    _ body: (StoredEvent) throws -> Void
  ) throws {
    precondition(
      chain.failure != nil || position == chain.checkedThrough,
      "the chain is checked from the first event")
    try log.forEachRow(after: position, limit: limit, in: session) { row in
      let event = try PostgresEventLog.decodeRaw(row)
      if chain.failure == nil { chain.check(event) }
      try body(try log.upcast(event))
    }
  }

  package func event(at seq: SequenceNumber) throws -> StoredEvent? {
    try log.event(at: seq, in: session)
  }

  /// Every column, with `fold` too: the query is one round trip, whatever it selects.
  package func events(at seqs: [SequenceNumber], fold: Bool) throws -> [StoredEvent] {
    try log.events(at: seqs, in: session)
  }

  package func events(of command: CommandID) throws -> [StoredEvent] {
    try log.events(of: command, in: session)
  }

  package func lastCommand(of actor: String) throws -> CommandID? {
    try log.lastCommand(of: actor, in: session)
  }

  package func forEachEventAsStored(_ body: (StoredEvent) throws -> Bool) throws {
    try log.forEachEventAsStored(in: session, body)
  }

  package func listedOutOfOrder() throws -> [OutOfOrderRecord] {
    try log.listedOutOfOrder(in: session)
  }

  package func recordedHead() throws -> ChainHead? {
    try log.recordedHead(in: session)
  }

  package func hash(at seq: SequenceNumber) throws -> [UInt8]? {
    try log.hash(at: seq, in: session)
  }
}
