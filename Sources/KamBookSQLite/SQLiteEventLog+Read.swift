public import KamEventLog
public import KamSQLite
import KamTime

extension SQLiteEventLog {
  static let columns = """
    seq, event_id, stream, stream_version, type, type_version, occurred_at, recorded_at,
    actor, command_id, correlation_id, causation_id, payload, hash
    """

  public func forEachEvent(
    after position: SequenceNumber, limit: Int?, _ body: (StoredEvent) throws -> Void
  ) throws {
    try forEachEvent(after: position, limit: limit, fold: false, body)
  }

  /// The columns a fold reads: not the event id, correlation and causation ids or hash.
  static let foldColumns = """
    seq, stream, stream_version, type, type_version, occurred_at, recorded_at, actor,
    command_id, payload
    """

  public func forEachEventToFold(
    after position: SequenceNumber, limit: Int?, _ body: (StoredEvent) throws -> Void
  ) throws {
    try forEachEvent(after: position, limit: limit, fold: true, body)
  }

  /// ``forEachEventToFold(after:limit:_:)`` on a connection the caller holds
  /// (inside ``transaction(_:)``: a catch-up reads and writes in one).
  public func forEachEventToFold(
    after position: SequenceNumber, limit: Int?, in db: Database,
    _ body: (StoredEvent) throws -> Void
  ) throws {
    try forEachEvent(after: position, limit: limit, fold: true, in: db, body)
  }

  private func forEachEvent(
    after position: SequenceNumber, limit: Int?, fold: Bool, _ body: (StoredEvent) throws -> Void
  ) throws {
    try queue.read { db in
      try forEachEvent(after: position, limit: limit, fold: fold, in: db, body)
    }
  }

  private func forEachEvent(
    after position: SequenceNumber, limit: Int?, fold: Bool, in db: Database,
    _ body: (StoredEvent) throws -> Void
  ) throws {
    let columns = fold ? Self.foldColumns : Self.columns
    let statement = try db.cachedStatement(
      "SELECT \(columns) FROM events WHERE seq > ? ORDER BY seq LIMIT ?")
    try statement.bind(position.rawValue, Int64(limit ?? -1))
    var repeated = RepeatedText()
    try statement.forEachRow { row in
      try body(fold ? try decodeFold(row, &repeated) : try decode(row, &repeated))
    }
  }

  /// Reads a row selecting ``foldColumns``, upcast; the event id, correlation
  /// and causation ids and hash are left empty.
  func decodeFold(_ row: Row, _ repeated: inout RepeatedText) throws -> StoredEvent {
    var event = StoredEvent(
      seq: SequenceNumber(rawValue: try row.column(0)), id: EventID(rawValue: ""),
      stream: StreamID(rawValue: try row.column(1)), streamVersion: try row.column(2),
      type: try row.column(3), typeVersion: try row.column(4),
      occurredAt: Instant(millisecondsSinceEpoch: try row.column(5)),
      recordedAt: Instant(millisecondsSinceEpoch: try row.column(6)),
      actor: try repeated.actor(row, 7),
      commandID: CommandID(rawValue: try repeated.command(row, 8)),
      correlationID: nil, causationID: nil, payload: try row.withColumnBytes(9) { Array($0) },
      hash: [])
    try upcaster?.upcast(&event)
    return event
  }

  public func forEachEvent(in stream: StreamID, _ body: (StoredEvent) throws -> Void) throws {
    try queue.read { db in
      var repeated = RepeatedText()
      try db.forEachRow(
        "SELECT \(Self.columns) FROM events WHERE stream = ? ORDER BY stream_version",
        [stream.rawValue]
      ) { row in try body(try decode(row, &repeated)) }
    }
  }

  /// The event with this id, upcast, or nil.
  public func event(id: EventID) throws -> StoredEvent? {
    try queue.access { db in try storedEvent(id: id, db: db) }
  }

  /// The event at this position, upcast, or nil.
  public func event(at seq: SequenceNumber) throws -> StoredEvent? {
    try queue.access { db in try event(at: seq, in: db) }
  }

  /// ``event(at:)`` on a connection the caller holds.
  public func event(at seq: SequenceNumber, in db: Database) throws -> StoredEvent? {
    try db.fetchOne(Self.eventAt, [seq.rawValue]) { try decode($0) }
  }

  /// The events at these positions, upcast, in the order given, leaving out a position with
  /// no event: one statement bound for each, and the actor and command text shared. With
  /// `fold`, without the event ids, correlation and causation ids and hashes (left empty),
  /// as ``forEachEventToFold(matching:_:)``: a fifth less for a table's 40,000 causes.
  public func events(at seqs: [SequenceNumber], fold: Bool = false, in db: Database) throws
    -> [StoredEvent]
  {
    let statement = try db.cachedStatement(fold ? Self.eventToFoldAt : Self.eventAt)
    var repeated = RepeatedText()
    var found: [StoredEvent] = []
    found.reserveCapacity(seqs.count)
    for seq in seqs {
      try statement.bind(seq.rawValue)
      let event = try statement.fetchOne { row in
        fold ? try decodeFold(row, &repeated) : try decode(row, &repeated)
      }
      if let event { found.append(event) }
    }
    return found
  }

  /// The query of one event by its position.
  static let eventAt = "SELECT \(columns) FROM events WHERE seq = ?"
  /// The query of one event by its position, for ``decodeFold(_:_:)``.
  static let eventToFoldAt = "SELECT \(foldColumns) FROM events WHERE seq = ?"

  func storedEvent(id: EventID, db: Database) throws -> StoredEvent? {
    try db.fetchOne("SELECT \(Self.columns) FROM events WHERE event_id = ?", [id.rawValue]) {
      try decode($0)
    }
  }

  /// Reads a row selecting ``columns``, upcast.
  func decode(_ row: Row) throws -> StoredEvent {
    var repeated = RepeatedText()
    return try decode(row, &repeated)
  }

  /// Reads a row, reusing the actor and command text of earlier rows.
  func decode(_ row: Row, _ repeated: inout RepeatedText) throws -> StoredEvent {
    var event = try Self.decodeRaw(row, &repeated)
    try upcaster?.upcast(&event)
    return event
  }

  /// Reads a row as stored, with no upcasting.
  static func decodeRaw(_ row: Row) throws -> StoredEvent {
    var repeated = RepeatedText()
    return try decodeRaw(row, &repeated)
  }

  /// Reads a row as stored, reusing text that repeats from row to row.
  static func decodeRaw(_ row: Row, _ repeated: inout RepeatedText) throws -> StoredEvent {
    StoredEvent(
      seq: SequenceNumber(rawValue: try row.column(0)),
      id: EventID(rawValue: try row.column(1)),
      stream: StreamID(rawValue: try row.column(2)),
      streamVersion: try row.column(3),
      type: try row.column(4),
      typeVersion: try row.column(5),
      occurredAt: Instant(millisecondsSinceEpoch: try row.column(6)),
      recordedAt: Instant(millisecondsSinceEpoch: try row.column(7)),
      actor: try repeated.actor(row, 8),
      commandID: CommandID(rawValue: try repeated.command(row, 9)),
      correlationID: try row.column(10),
      causationID: try row.column(11),
      payload: try row.withColumnBytes(12) { Array($0) },
      hash: try row.column(13, as: Blob.self).bytes)
  }
}

extension SQLiteEventLog {
  /// Calls `body` with every event matching `filter`, in sequence order.
  public func forEachEvent(matching filter: EventFilter, _ body: (StoredEvent) throws -> Void)
    throws
  {
    try queue.read { db in try forEachEvent(matching: filter, fold: false, in: db, body) }
  }

  /// ``forEachEvent(matching:_:)`` on a connection the caller holds (inside
  /// ``transaction(_:)``, or a read of several questions).
  public func forEachEvent(
    matching filter: EventFilter, in db: Database, _ body: (StoredEvent) throws -> Void
  ) throws {
    try forEachEvent(matching: filter, fold: false, in: db, body)
  }

  /// Calls `body` with every event matching `filter` as
  /// ``forEachEvent(matching:_:)`` does, for a fold: without the event ids,
  /// correlation and causation ids and hashes (left empty).
  public func forEachEventToFold(
    matching filter: EventFilter, _ body: (StoredEvent) throws -> Void
  ) throws {
    try queue.read { db in try forEachEvent(matching: filter, fold: true, in: db, body) }
  }

  /// ``forEachEventToFold(matching:_:)`` on a connection the caller holds.
  public func forEachEventToFold(
    matching filter: EventFilter, in db: Database, _ body: (StoredEvent) throws -> Void
  ) throws {
    try forEachEvent(matching: filter, fold: true, in: db, body)
  }

  private func forEachEvent(
    matching filter: EventFilter, fold: Bool, in db: Database,
    _ body: (StoredEvent) throws -> Void
  ) throws {
    var conditions = ["seq > ?"]
    var arguments: [(any DatabaseValueConvertible)?] = [filter.after.rawValue]
    func add(_ condition: String, _ value: (any DatabaseValueConvertible)?) {
      guard let value else { return }
      conditions.append(condition)
      arguments.append(value)
    }
    add("stream = ?", filter.stream?.rawValue)
    add("occurred_at >= ?", filter.occurredFrom?.millisecondsSinceEpoch)
    add("occurred_at < ?", filter.occurredBefore?.millisecondsSinceEpoch)
    add("recorded_at <= ?", filter.recordedBy?.millisecondsSinceEpoch)
    add("seq < ?", filter.before?.rawValue)
    let columns = fold ? Self.foldColumns : Self.columns
    let sql =
      "SELECT \(columns) FROM events WHERE \(conditions.joined(separator: " AND ")) ORDER BY seq"
    var repeated = RepeatedText()
    try db.forEachRow(sql, arguments) { row in
      try body(fold ? try decodeFold(row, &repeated) : try decode(row, &repeated))
    }
  }
}

extension SQLiteEventLog {
  /// Every event one command appended, in order.
  public func events(of command: CommandID) throws -> [StoredEvent] {
    try queue.read { db in try events(of: command, in: db) }
  }

  /// ``events(of:)`` on a connection the caller holds.
  public func events(of command: CommandID, in db: Database) throws -> [StoredEvent] {
    try db.fetchAll(
      "SELECT \(Self.columns) FROM events WHERE command_id = ? ORDER BY seq", [command.rawValue]
    ) { try decode($0) }
  }

  /// The most recent command of an actor, if any.
  public func lastCommand(of actor: String) throws -> CommandID? {
    try queue.access { db in try lastCommand(of: actor, in: db) }
  }

  /// ``lastCommand(of:)`` on a connection the caller holds.
  public func lastCommand(of actor: String, in db: Database) throws -> CommandID? {
    try db.fetchOne(
      "SELECT command_id FROM events WHERE actor = ? ORDER BY seq DESC LIMIT 1", [actor]
    ) { CommandID(rawValue: try $0.column(0)) }
  }
}

extension SQLiteEventLog {
  /// ``forEachEventToFold(after:limit:_:)`` that also checks the hash chain as
  /// it reads: sequence numbers 1, 2, 3, … and every row's hash.
  ///
  /// `chain` must have checked through `position` (a read from the first event
  /// starts with a new ``ChainCheck``). Every event is still passed to `body`
  /// after a failure, which `chain` records; the caller decides whether to go on.
  public func forEachEventToFold(
    after position: SequenceNumber, limit: Int?, checking chain: inout ChainCheck,
    _ body: (StoredEvent) throws -> Void
  ) throws {
    try queue.read { db in
      try forEachEventToFold(after: position, limit: limit, checking: &chain, in: db, body)
    }
  }

  /// ``forEachEventToFold(after:limit:checking:_:)`` on a connection the
  /// caller holds (inside ``transaction(_:)``: a rebuild).
  public func forEachEventToFold(
    after position: SequenceNumber, limit: Int?, checking chain: inout ChainCheck,
    in db: Database, _ body: (StoredEvent) throws -> Void
  ) throws {
    precondition(
      chain.failure != nil || position == chain.checkedThrough,
      "the chain is checked from the first event")
    // The fold's columns first, so decodeFold reads them where it expects.
    let statement = try db.cachedStatement(
      """
      SELECT \(Self.foldColumns), event_id, correlation_id, causation_id, hash
      FROM events WHERE seq > ? ORDER BY seq LIMIT ?
      """)
    try statement.bind(position.rawValue, Int64(limit ?? -1))
    var repeated = RepeatedText()
    try statement.forEachRow { row in
      if chain.failure == nil { try Self.check(row, &chain) }
      try body(try decodeFold(row, &repeated))
    }
  }

  /// Checks a row (the fold's columns, then event id, correlation and
  /// causation ids and hash) against the chain, hashing the columns in place.
  private static func check(_ row: Row, _ chain: inout ChainCheck) throws {
    let seq: Int64 = try row.column(0)
    guard seq == chain.nextSeq else {
      chain.fail(
        chain.nextSeq,
        seq > chain.nextSeq
          ? "sequence jumps from \(chain.nextSeq - 1) to \(seq): "
            + ChainVerifier.missing(chain.nextSeq, seq - 1)
          : "sequence number \(seq) is out of order")
      return
    }
    // The buffer moved out and back rather than copied: no copy-on-write per row.
    var hasher = HashChain.Hasher()
    swap(&hasher, &chain.hasher)
    defer { swap(&hasher, &chain.hasher) }
    hasher.reset(previous: chain.previous)
    hasher.field(seq)
    try row.withColumnBytes(10) { hasher.field($0) }
    try row.withColumnBytes(1) { hasher.field($0) }
    hasher.field(try row.column(2, as: Int64.self))
    try row.withColumnBytes(3) { hasher.field($0) }
    hasher.field(try row.column(4, as: Int64.self))
    hasher.field(try row.column(5, as: Int64.self))
    hasher.field(try row.column(6, as: Int64.self))
    try row.withColumnBytes(7) { hasher.field($0) }
    try row.withColumnBytes(8) { hasher.field($0) }
    // A missing correlation or causation id hashes as no bytes, as the chain's recipe says.
    try row.withOptionalColumnBytes(11) {
      hasher.field($0 ?? UnsafeRawBufferPointer(start: nil, count: 0))
    }
    try row.withOptionalColumnBytes(12) {
      hasher.field($0 ?? UnsafeRawBufferPointer(start: nil, count: 0))
    }
    try row.withColumnBytes(9) { hasher.field($0) }
    guard try row.withColumnBytes(13, { hasher.matches($0) }) else {
      chain.fail(seq, "the hash of event \(seq) does not match its contents and predecessor")
      return
    }
    // The stored hash is the one just computed: the next row chains to it.
    try row.withColumnBytes(13) { stored in
      chain.previous.withUnsafeMutableBytes { $0.copyMemory(from: stored) }
    }
    chain.nextSeq = seq + 1
  }
}
