package import KamEventLog
package import KamSQLite
package import KamTime

/// The log of a SQLite book as one transaction sees it: the connection the
/// queue lends for the transaction, and the log's statements on it.
///
/// Errors of SQLite pass out as they are; the book's store translates them
/// (``SQLiteBookStore``).
package class SQLiteLogTransaction: EventLogTransaction {
  /// The log.
  package let log: SQLiteEventLog
  /// The connection, inside its transaction.
  package let db: Database

  /// The transaction on `db`, which the caller has begun.
  package init(_ log: SQLiteEventLog, _ db: Database) {
    self.log = log
    self.db = db
  }

  package func append(_ events: [NewEvent], context: AppendContext) throws -> AppendResult {
    try log.append(events, context: context, in: db)
  }

  package func lastSequence() throws -> SequenceNumber {
    try log.lastSequence(in: db)
  }

  package func lastSequence(recordedBy instant: Instant) throws -> SequenceNumber? {
    try log.lastSequence(recordedBy: instant, in: db)
  }

  package func streamVersion(of stream: StreamID) throws -> Int64 {
    try db.scalar(
      Int64.self, "SELECT max(stream_version) FROM events WHERE stream = ?", [stream.rawValue])
      ?? 0
  }

  package func forEachEvent(
    matching filter: EventFilter, fold: Bool, _ body: (StoredEvent) throws -> Void
  ) throws {
    if fold {
      try log.forEachEventToFold(matching: filter, in: db, body)
    } else {
      try log.forEachEvent(matching: filter, in: db, body)
    }
  }

  package func forEachEventToFold(
    after position: SequenceNumber, limit: Int, _ body: (StoredEvent) throws -> Void
  ) throws {
    try log.forEachEventToFold(after: position, limit: limit, in: db, body)
  }

  package func forEachEventToFold(
    after position: SequenceNumber, limit: Int, checking chain: inout ChainCheck,
    _ body: (StoredEvent) throws -> Void
  ) throws {
    try log.forEachEventToFold(after: position, limit: limit, checking: &chain, in: db, body)
  }

  package func event(at seq: SequenceNumber) throws -> StoredEvent? {
    try log.event(at: seq, in: db)
  }

  package func events(at seqs: [SequenceNumber], fold: Bool) throws -> [StoredEvent] {
    try log.events(at: seqs, fold: fold, in: db)
  }

  package func events(of command: CommandID) throws -> [StoredEvent] {
    try log.events(of: command, in: db)
  }

  package func lastCommand(of actor: String) throws -> CommandID? {
    try log.lastCommand(of: actor, in: db)
  }

  package func forEachEventAsStored(_ body: (StoredEvent) throws -> Bool) throws {
    try log.forEachEventAsStored(in: db, body)
  }

  package func listedOutOfOrder() throws -> [OutOfOrderRecord] {
    try log.listedOutOfOrder(in: db)
  }

  package func recordedHead() throws -> ChainHead? {
    try log.recordedHead(in: db)
  }

  package func hash(at seq: SequenceNumber) throws -> [UInt8]? {
    try log.hash(at: seq, in: db)
  }
}
