import KamBook
import KamDomain
import KamEventLog
import KamTime
import PostgresNIO

/// One transaction of a PostgreSQL book: the log's statements
/// (``PostgresLogTransaction``) and the projections' tables of
/// `schema/postgres/0002_projections.sql`, the same rows as SQLite's.
final class PostgresBookTransaction: PostgresLogTransaction, BookTransaction {
  /// The store's import row counter.
  let rows: PostgresRowOccurrences
  /// Projection writes not sent yet: a catch-up writes a few rows for each
  /// client it touches, and sending them one round trip each made a catch-up
  /// over 23,570 clients take minutes. Statements go in pipelines of
  /// ``pipelineLength``, the per-client rows as arrays, one statement per table
  /// (``PostgresProjectionRows``), and everything before anything reads a
  /// projection table or the transaction commits (``flush()``), so every read
  /// still sees them.
  private var pending: [PostgresQuery] = []
  private var rowsToWrite = PostgresProjectionRows()
  private static let pipelineLength = 2_000

  init(_ log: PostgresEventLog, _ session: PostgresSession, rows: PostgresRowOccurrences) {
    self.rows = rows
    super.init(log, session)
  }

  /// Not for a book's transaction, which needs the store's row counter: declared so that
  /// the compiler does not make the stub that traps, which its recursion check flagged.
  @available(*, unavailable)
  override init(_ log: PostgresEventLog, _ session: PostgresSession) {
    fatalError("a book's transaction is made with init(_:_:rows:)")
  }

  /// Sends the projection writes not sent yet, and waits for them.
  func flush() throws {
    let queries = pending + rowsToWrite.drain()
    guard !queries.isEmpty else { return }
    pending.removeAll(keepingCapacity: true)
    try session.pipeline(queries)
  }

  /// Sends the buffered rows once there are enough of them to be worth a trip.
  private func flushWhenFull() throws {
    if pending.count + rowsToWrite.count >= Self.pipelineLength { try flush() }
  }

  /// Queues a projection write.
  private func write(_ query: PostgresQuery) throws { try write([query]) }

  /// Queues projection writes.
  private func write(_ queries: [PostgresQuery]) throws {
    pending.append(contentsOf: queries)
    try flushWhenFull()
  }

  /// A projection read: sees every write queued before it.
  private func read(_ query: PostgresQuery) throws -> [PostgresRow] {
    try flush()
    return try session.query(query)
  }

  func checkpoint(of projection: String) throws -> ProjectionCheckpoint? {
    try read(
      "SELECT checkpoint, failed_seq, failure FROM projection_checkpoints WHERE name = \(projection)"
    ).first.map { row in
      let (checkpoint, failedSeq, failure) = try row.decode((Int64, Int64?, String?).self)
      return ProjectionCheckpoint(
        name: projection, checkpoint: checkpoint, failedSeq: failedSeq, failure: failure)
    }
  }

  func save(_ checkpoint: ProjectionCheckpoint) throws {
    try write(
      """
      INSERT INTO projection_checkpoints (name, checkpoint, failed_seq, failure)
      VALUES (\(checkpoint.name), \(checkpoint.checkpoint), \(checkpoint.failedSeq), \(checkpoint.failure))
      ON CONFLICT (name) DO UPDATE SET checkpoint = EXCLUDED.checkpoint,
        failed_seq = EXCLUDED.failed_seq, failure = EXCLUDED.failure
      """)
  }

  func removeCheckpoint(of projection: String) throws {
    try write("DELETE FROM projection_checkpoints WHERE name = \(projection)")
  }

  func reset(_ table: ProjectionTable) throws {
    let name =
      switch table {
      case .directory: "client_directory"
      case .stageTransitions: "stage_transitions"
      case .valueDays: "client_value"
      case .snapshots: "client_snapshots"
      }
    rowsToWrite.clear(table)
    try write(PostgresQuery(unsafeSQL: "DELETE FROM \(name)"))
  }

  /// The tables are the migration's; a server's owner, not a rebuild, restores a dropped one.
  func restoreMissingProjectionStorage() throws {}

  private static let directoryColumns =
    "client, name, prospect, segment, owner, registered_on, events, last_seq"

  private static func entry(_ row: PostgresRow) throws -> DirectoryEntry? {
    let (client, name, prospect, segment, owner, registeredOn, events, lastSeq) = try row.decode(
      (String, String, Bool, String?, String?, String?, Int64, Int64).self)
    guard let slug = ClientSlug(rawValue: client) else { return nil }
    var entry = DirectoryEntry(client: slug)
    entry.name = name
    entry.registeredAsProspect = prospect
    entry.segment = segment
    entry.owner = owner
    entry.registeredOn = registeredOn.flatMap { CalendarDate(iso: $0) }
    entry.events = Int(events)
    entry.lastSeq = lastSeq
    return entry
  }

  func directoryEntry(of client: ClientSlug) throws -> DirectoryEntry? {
    try read(
      PostgresQuery(
        unsafeSQL: "SELECT \(Self.directoryColumns) FROM client_directory WHERE client = $1",
        binds: PostgresEventLog.binds(client.rawValue))
    ).first.flatMap(Self.entry)
  }

  func directoryEntries() throws -> [DirectoryEntry] {
    try read(
      PostgresQuery(
        unsafeSQL:
          "SELECT \(Self.directoryColumns) FROM client_directory ORDER BY client COLLATE \"C\"")
    ).compactMap(Self.entry)
  }

  func clientSlugs() throws -> [String] {
    try read("SELECT client FROM client_directory ORDER BY client COLLATE \"C\"").map {
      try $0.decode(String.self)
    }
  }

  func save(_ entry: DirectoryEntry) throws {
    rowsToWrite.save(entry)
    try flushWhenFull()
  }

  func replaceTransitions(of client: ClientSlug, with transitions: [StageTransition]) throws {
    rowsToWrite.replaceTransitions(of: client, with: transitions)
    try flushWhenFull()
  }

  func transitions(matching query: TransitionQuery) throws -> [ClientTransition] {
    var conditions = ["on_date <= $1"]
    var binds = PostgresBindings()
    binds.append(query.asOf.description)
    func add(_ column: String, _ comparison: String, _ value: String?) {
      guard let value else { return }
      binds.append(value)
      conditions.append("\(column) \(comparison) $\(binds.count)")
    }
    add("client", "=", query.client?.rawValue)
    add("on_date", ">=", query.begin?.description)
    add("on_date", "<", query.end?.description)
    add("to_stage", "=", query.to?.rawValue)
    add("from_stage", "=", query.from?.rawValue)
    let rows = try read(
      PostgresQuery(
        unsafeSQL: """
          SELECT client, from_stage, to_stage, on_date, rule, cause_seq, policy_version
          FROM stage_transitions WHERE \(conditions.joined(separator: " AND "))
          ORDER BY on_date, client COLLATE "C", n
          """, binds: binds))
    return try rows.compactMap { row in
      let (client, from, to, on, rule, causeSeq, policyVersion) = try row.decode(
        (String, String?, String, String, String, Int64?, Int64).self)
      guard let slug = ClientSlug(rawValue: client), let to = Stage(rawValue: to),
        let on = CalendarDate(iso: on)
      else { return nil }
      return ClientTransition(
        client: slug,
        transition: StageTransition(
          from: from.flatMap(Stage.init(rawValue:)), to: to, on: on, rule: rule,
          causeSeq: causeSeq, policyVersion: Int(policyVersion)))
    }
  }

  func replaceValueDays(of client: ClientSlug, with row: ValueDaysRow?) throws {
    rowsToWrite.replaceValueDays(of: client, with: row)
    try flushWhenFull()
  }

  func forEachValueDays(
    knownBy day: CalendarDate, _ body: (ClientSlug, UnsafeRawBufferPointer) throws -> Void
  ) throws {
    let rows = try read(
      """
      SELECT client, days FROM client_value WHERE first_day <= \(day.description)
      ORDER BY client COLLATE "C"
      """)
    for row in rows {
      let (client, days) = try row.decode((String, ByteBuffer).self)
      guard let slug = ClientSlug(rawValue: client) else { continue }
      try days.withUnsafeReadableBytes { try body(slug, $0) }
    }
  }

  func replaceSnapshot(of client: ClientSlug, with snapshot: [UInt8]?) throws {
    rowsToWrite.replaceSnapshot(of: client, with: snapshot)
    try flushWhenFull()
  }

  func snapshot(of client: ClientSlug) throws -> [UInt8]? {
    try read("SELECT history FROM client_snapshots WHERE client = \(client.rawValue)")
      .first.map { Array(try $0.decode(ByteBuffer.self).readableBytesView) }
  }

  func snapshots() throws -> [(client: String, snapshot: [UInt8])] {
    try read("SELECT client, history FROM client_snapshots").map { row in
      let (client, history) = try row.decode((String, ByteBuffer).self)
      return (client, Array(history.readableBytesView))
    }
  }

  func storedModel(_ name: String, on day: CalendarDate) throws -> StoredModel? {
    try read(
      "SELECT log_seq, body FROM stored_models WHERE name = \(name) AND day = \(day.description)"
    ).first.map { row in
      let (seq, body) = try row.decode((Int64, ByteBuffer).self)
      return StoredModel(
        name: name, day: day, logSeq: SequenceNumber(rawValue: seq),
        body: Array(body.readableBytesView))
    }
  }

  func storedModels(_ names: [String], on day: CalendarDate) throws -> [StoredModel?] {
    var found: [String: StoredModel] = [:]
    for row in try read(
      """
      SELECT name, log_seq, body FROM stored_models
      WHERE name = ANY(\(names)) AND day = \(day.description)
      """)
    {
      let (name, seq, body) = try row.decode((String, Int64, ByteBuffer).self)
      found[name] = StoredModel(
        name: name, day: day, logSeq: SequenceNumber(rawValue: seq),
        body: Array(body.readableBytesView))
    }
    return names.map { found[$0] }
  }

  func save(_ model: StoredModel) throws {
    try write([
      "DELETE FROM stored_models WHERE name = \(model.name) AND log_seq < \(model.logSeq.rawValue)",
      """
      INSERT INTO stored_models (name, day, log_seq, body)
      VALUES (\(model.name), \(model.day.description), \(model.logSeq.rawValue), \(ByteBuffer(bytes: model.body)))
      ON CONFLICT (name, day) DO UPDATE SET log_seq = EXCLUDED.log_seq, body = EXCLUDED.body
      """,
    ])
  }

  func removeStoredModels() throws {
    try write("DELETE FROM stored_models")
  }

  func projectionWatermarks() throws -> [LogWatermark] {
    let rows = try read(
      """
      SELECT checkpoint, 'projection ' || name || ' has read up to' FROM projection_checkpoints
      UNION ALL
      SELECT failed_seq, 'projection ' || name || ' stopped at event' FROM projection_checkpoints
      UNION ALL
      SELECT max(last_seq), 'the client directory names event' FROM client_directory
      UNION ALL
      SELECT max(cause_seq), 'a stage transition names event' FROM stage_transitions
      """)
    return try rows.compactMap { row in
      let (seq, claim) = try row.decode((Int64?, String).self)
      return seq.map { LogWatermark(seq: $0, claim: claim) }
    }
  }

  func rowOccurrences(reset: Bool) throws -> any RowOccurrences {
    if reset { rows.reset() }
    return rows
  }

  func commandTallies(of actor: String) throws -> [CommandTally] {
    try read(
      """
      SELECT command_id, count(*), count(*) FILTER (WHERE type = \(EventRetracted.type)),
             count(*) FILTER (WHERE left(stream, 1) <> '$'),
             CASE WHEN min(causation_id) = max(causation_id) AND count(causation_id) = count(*)
                  THEN min(causation_id) END
      FROM events WHERE actor = \(actor) GROUP BY command_id ORDER BY min(seq)
      """
    ).map { row in
      let (command, events, retractions, clientEvents, causation) = try row.decode(
        (String, Int64, Int64, Int64, String?).self)
      return CommandTally(
        command: CommandID(rawValue: command), events: events, retractions: retractions,
        clientEvents: clientEvents, causation: causation)
    }
  }
}
