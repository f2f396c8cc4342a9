import KamSQLite
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

  private func forEachEvent(
    after position: SequenceNumber, limit: Int?, fold: Bool, _ body: (StoredEvent) throws -> Void
  ) throws {
    let columns = fold ? Self.foldColumns : Self.columns
    try queue.read { db in
      let statement = try db.cachedStatement(
        "SELECT \(columns) FROM events WHERE seq > ? ORDER BY seq LIMIT ?")
      try statement.bind([position.rawValue, limit ?? -1])
      defer { statement.reset() }
      var repeated = RepeatedText()
      while try statement.step() {
        try body(fold ? try decodeFold(statement, &repeated) : try decode(statement, &repeated))
      }
    }
  }

  /// Reads the current row of a statement selecting ``foldColumns``, upcast;
  /// the event id, correlation and causation ids and hash are left empty.
  func decodeFold(_ row: Statement, _ repeated: inout RepeatedText) throws -> StoredEvent {
    var event = StoredEvent(
      seq: SequenceNumber(rawValue: row.column(0)), id: EventID(rawValue: ""),
      stream: StreamID(rawValue: row.column(1)), streamVersion: row.column(2),
      type: row.column(3), typeVersion: row.column(4),
      occurredAt: Instant(millisecondsSinceEpoch: row.column(5)),
      recordedAt: Instant(millisecondsSinceEpoch: row.column(6)),
      actor: repeated.actor(row, 7), commandID: CommandID(rawValue: repeated.command(row, 8)),
      correlationID: nil, causationID: nil, payload: row.withColumnBytes(9) { Array($0) },
      hash: [])
    try upcaster?.upcast(&event)
    return event
  }

  public func forEachEvent(in stream: StreamID, _ body: (StoredEvent) throws -> Void) throws {
    try queue.read { db in
      let statement = try db.cachedStatement(
        "SELECT \(Self.columns) FROM events WHERE stream = ? ORDER BY stream_version")
      try statement.bind([stream.rawValue])
      defer { statement.reset() }
      var repeated = RepeatedText()
      while try statement.step() {
        try body(try decode(statement, &repeated))
      }
    }
  }

  /// The event with this id, upcast, or nil.
  public func event(id: EventID) throws -> StoredEvent? {
    try queue.access { db in try storedEvent(id: id, db: db) }
  }

  /// The event at this position, upcast, or nil.
  public func event(at seq: SequenceNumber) throws -> StoredEvent? {
    try queue.access { db in
      let statement = try db.cachedStatement("SELECT \(Self.columns) FROM events WHERE seq = ?")
      try statement.bind([seq.rawValue])
      defer { statement.reset() }
      return try statement.step() ? try decode(statement) : nil
    }
  }

  func storedEvent(id: EventID, db: Database) throws -> StoredEvent? {
    let statement = try db.cachedStatement("SELECT \(Self.columns) FROM events WHERE event_id = ?")
    try statement.bind([id.rawValue])
    defer { statement.reset() }
    return try statement.step() ? try decode(statement) : nil
  }

  /// Reads the current row of a statement selecting ``columns``, upcast.
  func decode(_ row: Statement) throws -> StoredEvent {
    var repeated = RepeatedText()
    return try decode(row, &repeated)
  }

  /// Reads the current row, reusing the actor and command text of earlier rows.
  func decode(_ row: Statement, _ repeated: inout RepeatedText) throws -> StoredEvent {
    var event = Self.decodeRaw(row, &repeated)
    try upcaster?.upcast(&event)
    return event
  }

  /// Reads the current row as stored, with no upcasting.
  static func decodeRaw(_ row: Statement) -> StoredEvent {
    var repeated = RepeatedText()
    return decodeRaw(row, &repeated)
  }

  /// Reads the current row as stored, reusing text that repeats from row to row.
  static func decodeRaw(_ row: Statement, _ repeated: inout RepeatedText) -> StoredEvent {
    StoredEvent(
      seq: SequenceNumber(rawValue: row.column(0)),
      id: EventID(rawValue: row.column(1)),
      stream: StreamID(rawValue: row.column(2)),
      streamVersion: row.column(3),
      type: row.column(4),
      typeVersion: row.column(5),
      occurredAt: Instant(millisecondsSinceEpoch: row.column(6)),
      recordedAt: Instant(millisecondsSinceEpoch: row.column(7)),
      actor: repeated.actor(row, 8),
      commandID: CommandID(rawValue: repeated.command(row, 9)),
      correlationID: row.column(10),
      causationID: row.column(11),
      payload: row.withColumnBytes(12) { Array($0) },
      hash: row.column(13, as: Blob.self).bytes)
  }
}

extension SQLiteEventLog {
  /// Calls `body` with every event matching `filter`, in sequence order.
  public func forEachEvent(matching filter: EventFilter, _ body: (StoredEvent) throws -> Void)
    throws
  {
    try forEachEvent(matching: filter, fold: false, body)
  }

  /// Calls `body` with every event matching `filter` as
  /// ``forEachEvent(matching:_:)`` does, for a fold: without the event ids,
  /// correlation and causation ids and hashes (left empty).
  public func forEachEventToFold(
    matching filter: EventFilter, _ body: (StoredEvent) throws -> Void
  ) throws {
    try forEachEvent(matching: filter, fold: true, body)
  }

  private func forEachEvent(
    matching filter: EventFilter, fold: Bool, _ body: (StoredEvent) throws -> Void
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
    try queue.read { db in
      let statement = try db.cachedStatement(sql)
      try statement.bind(arguments)
      defer { statement.reset() }
      var repeated = RepeatedText()
      while try statement.step() {
        try body(fold ? try decodeFold(statement, &repeated) : try decode(statement, &repeated))
      }
    }
  }
}

extension SQLiteEventLog {
  /// Every event one command appended, in order.
  public func events(of command: CommandID) throws -> [StoredEvent] {
    try queue.read { db in
      let statement = try db.cachedStatement(
        "SELECT \(Self.columns) FROM events WHERE command_id = ? ORDER BY seq")
      try statement.bind([command.rawValue])
      defer { statement.reset() }
      var events: [StoredEvent] = []
      while try statement.step() { events.append(try decode(statement)) }
      return events
    }
  }

  /// The most recent command of an actor, if any.
  public func lastCommand(of actor: String) throws -> CommandID? {
    try queue.access { db in
      let statement = try db.cachedStatement(
        "SELECT command_id FROM events WHERE actor = ? ORDER BY seq DESC LIMIT 1")
      try statement.bind([actor])
      defer { statement.reset() }
      return try statement.step() ? CommandID(rawValue: statement.column(0)) : nil
    }
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
    precondition(
      chain.failure != nil || position == chain.checkedThrough,
      "the chain is checked from the first event")
    try queue.read { db in
      // The fold's columns first, so decodeFold reads them where it expects.
      let statement = try db.cachedStatement(
        """
        SELECT \(Self.foldColumns), event_id, correlation_id, causation_id, hash
        FROM events WHERE seq > ? ORDER BY seq LIMIT ?
        """)
      try statement.bind([position.rawValue, limit ?? -1])
      defer { statement.reset() }
      var repeated = RepeatedText()
      while try statement.step() {
        if chain.failure == nil { Self.check(statement, &chain) }
        try body(try decodeFold(statement, &repeated))
      }
    }
  }

  /// Checks the current row (the fold's columns, then event id, correlation
  /// and causation ids and hash) against the chain, hashing the columns in place.
  private static func check(_ row: Statement, _ chain: inout ChainCheck) {
    let seq: Int64 = row.column(0)
    guard seq == chain.nextSeq else {
      chain.fail(
        chain.nextSeq,
        seq > chain.nextSeq
          ? "sequence jumps from \(chain.nextSeq - 1) to \(seq): "
            + missing(chain.nextSeq, seq - 1)
          : "sequence number \(seq) is out of order")
      return
    }
    // The buffer moved out and back rather than copied: no copy-on-write per row.
    var hasher = HashChain.Hasher()
    swap(&hasher, &chain.hasher)
    defer { swap(&hasher, &chain.hasher) }
    hasher.reset(previous: chain.previous)
    hasher.field(seq)
    row.withColumnBytes(10) { hasher.field($0) }
    row.withColumnBytes(1) { hasher.field($0) }
    hasher.field(row.column(2, as: Int64.self))
    row.withColumnBytes(3) { hasher.field($0) }
    hasher.field(row.column(4, as: Int64.self))
    hasher.field(row.column(5, as: Int64.self))
    hasher.field(row.column(6, as: Int64.self))
    row.withColumnBytes(7) { hasher.field($0) }
    row.withColumnBytes(8) { hasher.field($0) }
    row.withColumnBytes(11) { hasher.field($0) }
    row.withColumnBytes(12) { hasher.field($0) }
    row.withColumnBytes(9) { hasher.field($0) }
    guard row.withColumnBytes(13, { hasher.matches($0) }) else {
      chain.fail(seq, "the hash of event \(seq) does not match its contents and predecessor")
      return
    }
    // The stored hash is the one just computed: the next row chains to it.
    row.withColumnBytes(13) { stored in
      chain.previous.withUnsafeMutableBytes { $0.copyMemory(from: stored) }
    }
    chain.nextSeq = seq + 1
  }
}
