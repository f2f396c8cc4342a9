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
    try pool.withSession { session in
      try session.query("SELECT \(unescaped: Self.columns) FROM events WHERE seq = \(seq.rawValue)")
        .first.map(decode)
    }
  }

  /// Reads a row selecting ``columns``, upcast.
  func decode(_ row: PostgresRow) throws -> StoredEvent {
    var event = try Self.decodeRaw(row)
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
