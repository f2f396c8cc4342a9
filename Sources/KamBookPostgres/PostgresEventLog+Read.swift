public import KamEventLog
import KamTime
import PostgresNIO

extension PostgresEventLog {
  /// The columns of a whole event, in the order ``decodeRaw(_:)`` reads them (SQLite's order).
  static let columns = """
    seq, event_id, stream, stream_version, type, type_version, occurred_at, recorded_at,
    actor, command_id, correlation_id, causation_id, payload, hash
    """

  /// How many rows one query fetches: a long read goes page by page, in one
  /// snapshot, without holding the whole log in memory.
  static let pageSize = 2_000

  /// Calls `body` with every event after `position`, in order, up to `limit` events.
  public func forEachEvent(
    after position: SequenceNumber, limit: Int?, _ body: (StoredEvent) throws -> Void
  ) throws {
    try read { session in try forEachEvent(after: position, limit: limit, in: session, body) }
  }

  /// ``forEachEvent(after:limit:_:)`` on a session the caller holds (inside
  /// ``transaction(_:)``).
  public func forEachEvent(
    after position: SequenceNumber, limit: Int?, in session: PostgresSession,
    _ body: (StoredEvent) throws -> Void
  ) throws {
    try forEachRow(after: position, limit: limit, in: session) { row in
      try body(try decode(row))
    }
  }

  /// Calls `body` with the rows of events after `position`, in order, page by page.
  func forEachRow(
    after position: SequenceNumber, limit: Int?, in session: PostgresSession,
    _ body: (PostgresRow) throws -> Void
  ) throws {
    var after = position.rawValue
    var left = limit.map { Int64(max($0, 0)) } ?? .max
    while left > 0 {
      let page = min(left, Int64(Self.pageSize))
      let rows = try session.query(
        PostgresQuery(
          unsafeSQL: "SELECT \(Self.columns) FROM events WHERE seq > $1 ORDER BY seq LIMIT $2",
          binds: Self.binds(after, page)))
      for row in rows { try body(row) }
      guard Int64(rows.count) == page, let last = rows.last else { return }
      after = try last.makeRandomAccess()[0].decode(Int64.self)
      left -= page
    }
  }

  /// Calls `body` with every event of one stream, in order.
  public func forEachEvent(in stream: StreamID, _ body: (StoredEvent) throws -> Void) throws {
    try read { session in
      var after: Int64 = 0
      while true {
        let rows = try session.query(
          PostgresQuery(
            unsafeSQL: """
              SELECT \(Self.columns) FROM events WHERE stream = $1 AND stream_version > $2
              ORDER BY stream_version LIMIT $3
              """,
            binds: Self.binds(stream.rawValue, after, Int64(Self.pageSize))))
        for row in rows { try body(try decode(row)) }
        guard rows.count == Self.pageSize, let last = rows.last else { return }
        after = try last.makeRandomAccess()[3].decode(Int64.self)
      }
    }
  }

  /// The event with this id, upcast, or nil.
  public func event(id: EventID) throws -> StoredEvent? {
    try pool.withSession { session in
      try session.query(
        "SELECT \(unescaped: Self.columns) FROM events WHERE event_id = \(id.rawValue)"
      )
      .first.map(decode)
    }
  }

  /// The event at this position, upcast, or nil.
  public func event(at seq: SequenceNumber) throws -> StoredEvent? {
    try pool.withSession { session in try event(at: seq, in: session) }
  }

  /// ``event(at:)`` on a session the caller holds.
  public func event(at seq: SequenceNumber, in session: PostgresSession) throws -> StoredEvent? {
    try session.query("SELECT \(unescaped: Self.columns) FROM events WHERE seq = \(seq.rawValue)")
      .first.map(decode)
  }

  /// The events at these positions, upcast, in the order given, leaving out a position with
  /// no event: one query, where one each was a round trip each.
  public func events(at seqs: [SequenceNumber], in session: PostgresSession) throws
    -> [StoredEvent]
  {
    guard !seqs.isEmpty else { return [] }
    let rows = try session.query(
      "SELECT \(unescaped: Self.columns) FROM events WHERE seq = ANY(\(seqs.map(\.rawValue)))")
    var found: [SequenceNumber: StoredEvent] = [:]
    for row in rows {
      let event = try decode(row)
      found[event.seq] = event
    }
    return seqs.compactMap { found[$0] }
  }

  /// The stream's version: how many events it holds.
  public func streamVersion(of stream: StreamID, in session: PostgresSession) throws -> Int64 {
    try session.query(
      "SELECT coalesce(max(stream_version), 0) FROM events WHERE stream = \(stream.rawValue)"
    ).first?.decode(Int64.self) ?? 0
  }

  /// Every event one command appended, in order, upcast.
  public func events(of command: CommandID, in session: PostgresSession) throws -> [StoredEvent] {
    try session.query(
      """
      SELECT \(unescaped: Self.columns) FROM events WHERE command_id = \(command.rawValue)
      ORDER BY seq
      """
    ).map(decode)
  }

  /// The most recent command of an actor, if any.
  public func lastCommand(of actor: String, in session: PostgresSession) throws -> CommandID? {
    try session.query(
      "SELECT command_id FROM events WHERE actor = \(actor) ORDER BY seq DESC LIMIT 1"
    ).first.map { CommandID(rawValue: try $0.decode(String.self)) }
  }

  /// Calls `body` with every event matching `filter`, upcast, in sequence order.
  public func forEachEvent(
    matching filter: EventFilter, in session: PostgresSession, _ body: (StoredEvent) throws -> Void
  ) throws {
    var conditions = ["seq > $1"]
    var binds = PostgresBindings()
    binds.append(filter.after.rawValue)
    func add(_ condition: String, _ value: Int64?) {
      guard let value else { return }
      binds.append(value)
      conditions.append("\(condition) $\(conditions.count + 1)")
    }
    if let stream = filter.stream {
      binds.append(stream.rawValue)
      conditions.append("stream = $\(conditions.count + 1)")
    }
    add("occurred_at >=", filter.occurredFrom?.millisecondsSinceEpoch)
    add("occurred_at <", filter.occurredBefore?.millisecondsSinceEpoch)
    add("recorded_at <=", filter.recordedBy?.millisecondsSinceEpoch)
    add("seq <", filter.before?.rawValue)
    let sql =
      "SELECT \(Self.columns) FROM events WHERE \(conditions.joined(separator: " AND ")) ORDER BY seq"
    for row in try session.query(PostgresQuery(unsafeSQL: sql, binds: binds)) {
      try body(try decode(row))
    }
  }

  /// Reads a row selecting ``columns``, upcast.
  func decode(_ row: PostgresRow) throws -> StoredEvent {
    try upcast(try Self.decodeRaw(row))
  }

  /// The event as its type's current version reads it.
  func upcast(_ event: StoredEvent) throws -> StoredEvent {
    var event = event
    try upcaster?.upcast(&event)
    return event
  }

  /// Reads a row selecting ``columns`` as stored, with no upcasting.
  static func decodeRaw(_ row: PostgresRow) throws -> StoredEvent {
    let cells = row.makeRandomAccess()
    return StoredEvent(
      seq: SequenceNumber(rawValue: try cells[0].decode(Int64.self)),
      id: EventID(rawValue: try cells[1].decode(String.self)),
      stream: StreamID(rawValue: try cells[2].decode(String.self)),
      streamVersion: try cells[3].decode(Int64.self),
      type: try cells[4].decode(String.self),
      typeVersion: Int(try cells[5].decode(Int64.self)),
      occurredAt: Instant(millisecondsSinceEpoch: try cells[6].decode(Int64.self)),
      recordedAt: Instant(millisecondsSinceEpoch: try cells[7].decode(Int64.self)),
      actor: try cells[8].decode(String.self),
      commandID: CommandID(rawValue: try cells[9].decode(String.self)),
      correlationID: try cells[10].decode(String?.self),
      causationID: try cells[11].decode(String?.self),
      payload: Array(try cells[12].decode(ByteBuffer.self).readableBytesView),
      hash: Array(try cells[13].decode(ByteBuffer.self).readableBytesView))
  }

  static func binds(_ values: any PostgresDynamicTypeEncodable...) -> PostgresBindings {
    var binds = PostgresBindings()
    for value in values { binds.append(value) }
    return binds
  }
}
