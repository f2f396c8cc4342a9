import KamBook
import KamDomain
import KamTime
import PostgresNIO

/// Projection rows waiting to be written, the latest per client and table,
/// sent as one statement per table with the rows as arrays (`unnest`).
///
/// A catch-up over CDNOW's 23,570 clients writes four rows per client; one
/// statement each kept the server parsing and planning 100,000 statements, and
/// a rebuild ran at 2 % of a raw scan of the log. Keyed by client, a row
/// written twice in one transaction is written once, as its last version, and
/// no statement touches a row twice (which `ON CONFLICT` refuses).
struct PostgresProjectionRows {
  private var directory: [ClientSlug: DirectoryEntry] = [:]
  private var transitions: [ClientSlug: [StageTransition]] = [:]
  /// nil: delete the client's row.
  private var values: [ClientSlug: ValueDaysRow?] = [:]
  private var snapshots: [ClientSlug: [UInt8]?] = [:]

  /// Rows buffered (each client and table once).
  var count: Int { directory.count + transitions.count + values.count + snapshots.count }

  mutating func save(_ entry: DirectoryEntry) { directory[entry.client] = entry }

  mutating func replaceTransitions(of client: ClientSlug, with rows: [StageTransition]) {
    transitions[client] = rows
  }

  mutating func replaceValueDays(of client: ClientSlug, with row: ValueDaysRow?) {
    values[client] = .some(row)
  }

  mutating func replaceSnapshot(of client: ClientSlug, with snapshot: [UInt8]?) {
    snapshots[client] = .some(snapshot)
  }

  /// Forgets what was buffered for `table`, which is being emptied.
  mutating func clear(_ table: ProjectionTable) {
    switch table {
    case .directory: directory = [:]
    case .stageTransitions: transitions = [:]
    case .valueDays: values = [:]
    case .snapshots: snapshots = [:]
    }
  }

  /// The statements that write everything buffered, and empties the buffer.
  mutating func drain() -> [PostgresQuery] {
    defer { self = PostgresProjectionRows() }
    return directoryQueries() + transitionQueries()
      + blobQueries(
        values.mapValues { $0.map { ($0.firstDay.description, $0.days) } }, table: "client_value",
        columns: "first_day, days", blob: "days")
      + blobQueries(
        snapshots.mapValues { $0.map { (nil as String?, $0) } }, table: "client_snapshots",
        columns: "history", blob: "history")
  }

  private func directoryQueries() -> [PostgresQuery] {
    guard !directory.isEmpty else { return [] }
    let entries = directory.values.sorted { $0.client < $1.client }
    var binds = PostgresBindings()
    binds.append(entries.map(\.client.rawValue))
    binds.append(entries.map(\.name))
    binds.append(entries.map(\.registeredAsProspect))
    binds.append(entries.map { $0.segment ?? "" })
    binds.append(entries.map { $0.segment != nil })
    binds.append(entries.map { $0.owner ?? "" })
    binds.append(entries.map { $0.owner != nil })
    binds.append(entries.map { $0.registeredOn?.description ?? "" })
    binds.append(entries.map { $0.registeredOn != nil })
    binds.append(entries.map { Int64($0.events) })
    binds.append(entries.map(\.lastSeq))
    return [
      PostgresQuery(
        unsafeSQL: """
          INSERT INTO client_directory
            (client, name, prospect, segment, owner, registered_on, events, last_seq)
          SELECT c, n, p, CASE WHEN hs THEN s END, CASE WHEN ho THEN o END,
            CASE WHEN hr THEN r END, e, l
          FROM unnest($1::text[], $2::text[], $3::boolean[], $4::text[], $5::boolean[],
            $6::text[], $7::boolean[], $8::text[], $9::boolean[], $10::bigint[], $11::bigint[])
            AS t(c, n, p, s, hs, o, ho, r, hr, e, l)
          ON CONFLICT (client) DO UPDATE SET name = EXCLUDED.name, prospect = EXCLUDED.prospect,
            segment = EXCLUDED.segment, owner = EXCLUDED.owner,
            registered_on = EXCLUDED.registered_on, events = EXCLUDED.events,
            last_seq = EXCLUDED.last_seq
          """, binds: binds)
    ]
  }

  private func transitionQueries() -> [PostgresQuery] {
    guard !transitions.isEmpty else { return [] }
    let clients = transitions.keys.sorted()
    var deletes = PostgresBindings()
    deletes.append(clients.map(\.rawValue))
    var queries = [
      PostgresQuery(
        unsafeSQL: "DELETE FROM stage_transitions WHERE client = ANY($1::text[])", binds: deletes)
    ]
    var rows: [(ClientSlug, Int64, StageTransition)] = []
    for client in clients {
      for (n, transition) in transitions[client]!.enumerated() {
        rows.append((client, Int64(n + 1), transition))
      }
    }
    guard !rows.isEmpty else { return queries }
    var binds = PostgresBindings()
    binds.append(rows.map(\.0.rawValue))
    binds.append(rows.map(\.1))
    binds.append(rows.map { $0.2.from?.rawValue ?? "" })
    binds.append(rows.map { $0.2.from != nil })
    binds.append(rows.map(\.2.to.rawValue))
    binds.append(rows.map(\.2.on.description))
    binds.append(rows.map(\.2.rule))
    binds.append(rows.map { $0.2.causeSeq ?? 0 })
    binds.append(rows.map { $0.2.causeSeq != nil })
    binds.append(rows.map { Int64($0.2.policyVersion) })
    queries.append(
      PostgresQuery(
        unsafeSQL: """
          INSERT INTO stage_transitions
            (client, n, from_stage, to_stage, on_date, rule, cause_seq, policy_version)
          SELECT c, n, CASE WHEN hf THEN f END, t, d, r, CASE WHEN hc THEN s END, v
          FROM unnest($1::text[], $2::bigint[], $3::text[], $4::boolean[], $5::text[],
            $6::text[], $7::text[], $8::bigint[], $9::boolean[], $10::bigint[])
            AS u(c, n, f, hf, t, d, r, s, hc, v)
          """, binds: binds))
    return queries
  }

  /// The rows of a table keyed by client with one blob column (and, for
  /// `client_value`, its first day): deletes for nil, upserts for the rest.
  private func blobQueries(
    _ rows: [ClientSlug: (day: String?, blob: [UInt8])?], table: String, columns: String,
    blob: String
  ) -> [PostgresQuery] {
    var queries: [PostgresQuery] = []
    let deleted = rows.filter { $0.value == nil }.keys.sorted()
    if !deleted.isEmpty {
      var binds = PostgresBindings()
      binds.append(deleted.map(\.rawValue))
      queries.append(
        PostgresQuery(
          unsafeSQL: "DELETE FROM \(table) WHERE client = ANY($1::text[])", binds: binds))
    }
    let kept = rows.compactMap { client, row in row.map { (client, $0) } }
      .sorted { $0.0 < $1.0 }
    guard !kept.isEmpty else { return queries }
    var binds = PostgresBindings()
    binds.append(kept.map(\.0.rawValue))
    let hasDay = kept.first?.1.day != nil
    if hasDay { binds.append(kept.map { $0.1.day ?? "" }) }
    binds.append(kept.map { ByteBuffer(bytes: $0.1.blob) })
    let sql =
      hasDay
      ? """
      INSERT INTO \(table) (client, \(columns))
      SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[])
      ON CONFLICT (client) DO UPDATE SET first_day = EXCLUDED.first_day, \(blob) = EXCLUDED.\(blob)
      """
      : """
      INSERT INTO \(table) (client, \(columns))
      SELECT * FROM unnest($1::text[], $2::bytea[])
      ON CONFLICT (client) DO UPDATE SET \(blob) = EXCLUDED.\(blob)
      """
    queries.append(PostgresQuery(unsafeSQL: sql, binds: binds))
    return queries
  }
}
