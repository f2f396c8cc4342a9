import KamBook
import KamDomain
import KamEventLog
import KamSQLite
import KamTime

/// One transaction of a SQLite book: the log's statements
/// (``SQLiteLogTransaction``) and the projections' tables of `schema/`.
final class SQLiteBookTransaction: SQLiteLogTransaction, BookTransaction {
  package func checkpoint(of projection: String) throws -> ProjectionCheckpoint? {
    try db.fetchOne(
      "SELECT checkpoint, failed_seq, failure FROM projection_checkpoints WHERE name = ?",
      [projection]
    ) { row in
      ProjectionCheckpoint(
        name: projection, checkpoint: try row.column(0), failedSeq: try row.column(1),
        failure: try row.column(2))
    }
  }

  package func save(_ checkpoint: ProjectionCheckpoint) throws {
    try db.execute(
      """
      INSERT INTO projection_checkpoints (name, checkpoint, failed_seq, failure)
      VALUES (?1, ?2, ?3, ?4)
      ON CONFLICT (name) DO UPDATE SET checkpoint = ?2, failed_seq = ?3, failure = ?4
      """,
      [checkpoint.name, checkpoint.checkpoint, checkpoint.failedSeq, checkpoint.failure])
  }

  package func removeCheckpoint(of projection: String) throws {
    try db.execute("DELETE FROM projection_checkpoints WHERE name = ?", [projection])
  }

  package func reset(_ table: ProjectionTable) throws {
    let name = Self.name(of: table)
    if table == .stageTransitions {
      // Filled client by client, the by-date index would take its rows in no order (CDNOW:
      // 49,000); built once over the full table it is one sort. `buildIndexes()` puts it back.
      try db.forEachRow(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql NOT NULL",
        [name]
      ) { row in setAside.append((try row.column(0), try row.column(1))) }
      for (index, _) in setAside { try db.execute("DROP INDEX \"\(index)\"") }
      transitionsWritten = .emptied
    }
    try db.execute("DELETE FROM \(name)")
  }

  /// A rebuild's batches read one ahead on a connection of their own, where the log
  /// allows it (``SQLiteEventLog/forEachBatchToFoldReadingAhead(after:batch:checkingFrom:writer:_:)``);
  /// a catch-up's, and a rebuild's where it does not, in turn.
  @discardableResult
  package func forEachBatchToFold(
    after position: SequenceNumber, batch: Int, checking chain: inout ChainCheck?,
    _ body: ([StoredEvent], (seq: SequenceNumber, problem: String)?) throws -> Bool
  ) throws -> Bool {
    if let start = chain {
      let readAhead = try log.forEachBatchToFoldReadingAhead(
        after: position, batch: batch, checkingFrom: start, writer: db
      ) { events, checked in
        chain = checked
        return try body(events, checked.failure)
      }
      if readAhead { return true }
    }
    try readBatchesInTurn(after: position, batch: batch, checking: &chain, body)
    return false
  }

  package func buildIndexes() throws {
    for (_, sql) in setAside { try db.execute(sql) }
    setAside = []
  }

  /// The indexes ``reset(_:)`` dropped, by name, with the SQL that creates them.
  private var setAside: [(name: String, sql: String)] = []

  /// What this transaction knows of `stage_transitions`: whether it emptied the table,
  /// and then the greatest client it has written since. A rebuild writes each client
  /// once, in slug order, so a client after that one has no rows to delete.
  private var transitionsWritten = TransitionsWritten.unknown

  private enum TransitionsWritten {
    case unknown
    case emptied
    case emptiedThenWritten(through: String)
  }

  /// The table that holds a projection's state.
  static func name(of table: ProjectionTable) -> String {
    switch table {
    case .directory: "client_directory"
    case .stageTransitions: "stage_transitions"
    case .valueDays: "client_value"
    case .snapshots: "client_snapshots"
    }
  }

  package func restoreMissingProjectionStorage() throws {
    let reference = try Database(path: ":memory:")
    for migration in BookSchema.migrations { try reference.execute(migration.sql) }
    var present = Set<String>()
    try db.forEachRow("SELECT name FROM sqlite_schema") { present.insert(try $0.column(0)) }
    // Tables first, then what depends on them.
    try reference.forEachRow(
      """
      SELECT name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL
      ORDER BY type <> 'table'
      """
    ) { row in
      let name: String = try row.column(0)
      let table: String = try row.column(1)
      guard !present.contains(name), !BookError.logTables.contains(table) else { return }
      try db.execute(try row.column(2, as: String.self))
    }
  }

  package func directoryEntry(of client: ClientSlug) throws -> DirectoryEntry? {
    try db.fetchOne(
      "SELECT \(Self.directoryColumns) FROM client_directory WHERE client = ?", [client.rawValue]
    ) { row in try Self.entry(row) } ?? nil
  }

  /// One query, not one per client.
  package func directoryEntries() throws -> [DirectoryEntry] {
    try db.fetchAll(
      "SELECT \(Self.directoryColumns) FROM client_directory ORDER BY client"
    ) { row in try Self.entry(row) }.compactMap { $0 }
  }

  package func clientSlugs() throws -> [String] {
    try db.fetchAll("SELECT client FROM client_directory ORDER BY client") {
      try $0.column(0, as: String.self)
    }
  }

  /// Sought in the directory's index of slugs, a seek for each prefix still near enough
  /// (``SlugSearch/seek(_:)``), not read slug by slug: reading CDNOW's 23,570 slugs was most
  /// of what an unknown client cost.
  package func nearestClientSlug(to typed: String) throws -> String? {
    var search = SlugSearch(typed: typed)
    try search.seek { seek in
      let (sql, key) =
        switch seek {
        case .atLeast(let key):
          ("SELECT client FROM client_directory WHERE client >= ? ORDER BY client LIMIT 1", key)
        case .after(let key):
          ("SELECT client FROM client_directory WHERE client > ? ORDER BY client LIMIT 1", key)
        }
      return try db.fetchOne(sql, [UTF8Text(key)]) { row in
        try row.withColumnBytes(0) { Array($0) }
      }
    }
    return search.nearest
  }

  /// What ``entry(_:)`` reads, in its order; the slug last, so that a value kam cannot read
  /// is named by the same column number as when the slug was not read.
  private static let directoryColumns =
    "name, prospect, segment, owner, registered_on, events, last_seq, client"

  /// A directory row of ``directoryColumns``; nil for a slug kam would not write.
  private static func entry(_ row: Row) throws -> DirectoryEntry? {
    guard let client = ClientSlug(rawValue: try row.column(7, as: String.self)) else { return nil }
    var entry = DirectoryEntry(client: client)
    entry.name = try row.column(0)
    entry.registeredAsProspect = try row.column(1)
    entry.segment = try row.column(2)
    entry.owner = try row.column(3)
    entry.registeredOn = try row.column(4, as: String?.self).flatMap { CalendarDate(iso: $0) }
    entry.events = try row.column(5)
    entry.lastSeq = try row.column(6)
    return entry
  }

  package func save(_ entry: DirectoryEntry) throws {
    let upsert = try db.cachedStatement(
      """
      INSERT INTO client_directory
        (client, name, prospect, segment, owner, registered_on, events, last_seq)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
      ON CONFLICT (client) DO UPDATE SET name = ?2, prospect = ?3, segment = ?4, owner = ?5,
        registered_on = ?6, events = ?7, last_seq = ?8
      """)
    try upsert.bind(
      entry.client.rawValue, entry.name, entry.registeredAsProspect, entry.segment, entry.owner,
      entry.registeredOn?.description, entry.events, entry.lastSeq)
    try upsert.execute()
  }

  package func replaceTransitions(of client: ClientSlug, with transitions: [StageTransition])
    throws
  {
    switch transitionsWritten {
    case .emptied:
      transitionsWritten = .emptiedThenWritten(through: client.rawValue)
    case .emptiedThenWritten(let through) where client.rawValue > through:
      transitionsWritten = .emptiedThenWritten(through: client.rawValue)
    case .unknown, .emptiedThenWritten:
      try db.execute("DELETE FROM stage_transitions WHERE client = ?", [client.rawValue])
    }
    let insert = try db.cachedStatement(
      """
      INSERT INTO stage_transitions
        (client, n, from_stage, to_stage, on_date, rule, cause_seq, policy_version)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for (n, transition) in transitions.enumerated() {
      try insert.bind(
        client.rawValue, n + 1, transition.from?.rawValue, transition.to.rawValue,
        transition.on.description, transition.rule, transition.causeSeq,
        transition.policyVersion)
      try insert.execute()
    }
  }

  package func transitions(matching query: TransitionQuery) throws -> [ClientTransition] {
    var conditions = ["on_date <= ?"]
    var arguments: [(any DatabaseValueConvertible)?] = [query.asOf.description]
    func add(_ condition: String, _ value: String?) {
      guard let value else { return }
      conditions.append(condition)
      arguments.append(value)
    }
    add("client = ?", query.client?.rawValue)
    add("on_date >= ?", query.begin?.description)
    add("on_date < ?", query.end?.description)
    add("to_stage = ?", query.to?.rawValue)
    add("from_stage = ?", query.from?.rawValue)
    // Without a client or a first day, most of the table is asked for: read in its own
    // order and sorted here, which is a fifth of the time of the date index's lookups and
    // SQLite's sort of every row (CDNOW: 4 ms against 20).
    let everything = query.client == nil && query.begin == nil
    let sql = """
      SELECT client, n, from_stage, to_stage, on_date, rule, cause_seq, policy_version
      FROM stage_transitions\(everything ? " NOT INDEXED" : "")
      WHERE \(conditions.joined(separator: " AND "))
      """
    var rows: [(n: Int64, day: Int64, transition: ClientTransition)] = []
    try db.forEachRow(sql, arguments) { row in
      guard let client = ClientSlug(rawValue: try row.column(0)),
        let to = Stage(rawValue: try row.column(3)),
        let on = CalendarDate(iso: try row.column(4, as: String.self))
      else { return }
      rows.append(
        (
          try row.column(1), on.daysSinceEpoch,
          ClientTransition(
            client: client,
            transition: StageTransition(
              from: try row.column(2, as: String?.self).flatMap(Stage.init(rawValue:)), to: to,
              on: on, rule: try row.column(5), causeSeq: try row.column(6),
              policyVersion: try row.column(7)))
        ))
    }
    // By day, then client, then the client's order: as `ORDER BY on_date, client, n` sorts
    // (slugs are ASCII, so their order is their bytes').
    rows.sort {
      if $0.day != $1.day { return $0.day < $1.day }
      if $0.transition.client != $1.transition.client {
        return $0.transition.client < $1.transition.client
      }
      return $0.n < $1.n
    }
    return rows.map(\.transition)
  }

  package func replaceValueDays(of client: ClientSlug, with row: ValueDaysRow?) throws {
    guard let row else {
      return try db.execute("DELETE FROM client_value WHERE client = ?", [client.rawValue])
    }
    let upsert = try db.cachedStatement(
      """
      INSERT INTO client_value (client, first_day, days) VALUES (?1, ?2, ?3)
      ON CONFLICT (client) DO UPDATE SET first_day = ?2, days = ?3
      """)
    try upsert.bind(client.rawValue, row.firstDay.description, Blob(row.days))
    try upsert.execute()
  }

  package func forEachValueDays(
    knownBy day: CalendarDate, _ body: (ClientSlug, UnsafeRawBufferPointer) throws -> Void
  ) throws {
    try db.forEachRow(
      "SELECT client, days FROM client_value WHERE first_day <= ? ORDER BY client",
      [day.description]
    ) { row in
      guard let client = ClientSlug(rawValue: try row.column(0)) else { return }
      try row.withColumnBytes(1) { try body(client, $0) }
    }
  }

  package func replaceSnapshot(of client: ClientSlug, with snapshot: [UInt8]?) throws {
    guard let snapshot else {
      return try db.execute("DELETE FROM client_snapshots WHERE client = ?", [client.rawValue])
    }
    let upsert = try db.cachedStatement(
      """
      INSERT INTO client_snapshots (client, history) VALUES (?1, ?2)
      ON CONFLICT (client) DO UPDATE SET history = ?2
      """)
    try upsert.bind(client.rawValue, Blob(snapshot))
    try upsert.execute()
  }

  package func snapshot(of client: ClientSlug) throws -> [UInt8]? {
    try db.fetchOne(
      "SELECT history FROM client_snapshots WHERE client = ?", [client.rawValue]
    ) { try $0.column(0, as: Blob.self).bytes }
  }

  package func snapshots() throws -> [(client: String, snapshot: [UInt8])] {
    try db.fetchAll("SELECT client, history FROM client_snapshots") { row in
      (try row.column(0, as: String.self), try row.column(1, as: Blob.self).bytes)
    }
  }

  package func storedModel(_ name: String, on day: CalendarDate) throws -> StoredModel? {
    try db.fetchOne(
      "SELECT log_seq, body FROM stored_models WHERE name = ? AND day = ?",
      [name, day.description]
    ) { row in
      StoredModel(
        name: name, day: day, logSeq: SequenceNumber(rawValue: try row.column(0)),
        body: try row.column(1, as: Blob.self).bytes)
    }
  }

  package func save(_ model: StoredModel) throws {
    try db.execute(
      "DELETE FROM stored_models WHERE name = ? AND log_seq < ?",
      [model.name, model.logSeq.rawValue])
    try db.execute(
      """
      INSERT INTO stored_models (name, day, log_seq, body) VALUES (?1, ?2, ?3, ?4)
      ON CONFLICT (name, day) DO UPDATE SET log_seq = ?3, body = ?4
      """, [model.name, model.day.description, model.logSeq.rawValue, Blob(model.body)])
  }

  package func removeStoredModels() throws {
    try db.execute("DELETE FROM stored_models")
  }

  package func projectionWatermarks() throws -> [LogWatermark] {
    var watermarks: [LogWatermark] = []
    for sql in [
      "SELECT checkpoint, 'projection ' || name || ' has read up to' FROM projection_checkpoints",
      "SELECT failed_seq, 'projection ' || name || ' stopped at event' FROM projection_checkpoints",
      "SELECT max(last_seq), 'the client directory names event' FROM client_directory",
      "SELECT max(cause_seq), 'a stage transition names event' FROM stage_transitions",
    ] {
      try db.forEachRow(sql) { row in
        guard let seq = try row.column(0, as: Int64?.self) else { return }
        watermarks.append(LogWatermark(seq: seq, claim: try row.column(1)))
      }
    }
    return watermarks
  }

  package func rowOccurrences(reset: Bool) throws -> any RowOccurrences {
    try SQLiteRowOccurrences(db, reset: reset)
  }

  package func commandTallies(of actor: String) throws -> [CommandTally] {
    try db.fetchAll(
      """
      SELECT command_id, count(*), sum(type = ?), sum(substr(stream, 1, 1) <> '$'),
             CASE WHEN min(causation_id) = max(causation_id) AND count(causation_id) = count(*)
                  THEN min(causation_id) END
      FROM events WHERE actor = ? GROUP BY command_id ORDER BY min(seq)
      """, [EventRetracted.type, actor]
    ) { row in
      CommandTally(
        command: CommandID(rawValue: try row.column(0)), events: try row.column(1),
        retractions: try row.column(2), clientEvents: try row.column(3),
        causation: try row.column(4))
    }
  }
}
