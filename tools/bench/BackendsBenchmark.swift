import KamBook
import KamBookPostgres
import KamBookSQLite
import KamEventLog
import KamTime
import PostgresNIO

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SQLite and PostgreSQL side by side (issue #17): appends against each
/// engine's raw insert loop, and a rebuild against each engine's raw scan of
/// the same `events` rows, all in one run, on throwaway schemas of the server
/// that are dropped afterwards.
enum BackendsBenchmark {
  static func run(url: String, events count: Int, batch: Int, source: String?) throws {
    try append(url: url, events: count, batch: batch)
    try rebuild(url: url, source: source)
  }

  /// A throwaway schema name on the server.
  private static func schemaName() -> String {
    "kam_bench_\(UInt32.random(in: 0...UInt32.max))"
  }

  // MARK: Append

  private static func append(url: String, events count: Int, batch: Int) throws {
    let workload = Workload(count: count, streams: max(count / 100, 1))
    let context = AppendContext(
      actor: "bench", recordedAt: Instant(millisecondsSinceEpoch: 1_700_000_000_000))
    print(
      "append: \(count) events on \(max(count / 100, 1)) streams, transactions of \(batch), best of 3"
    )
    var best = (
      sqliteRaw: Double.infinity, sqlite: Double.infinity, pgRaw: Double.infinity,
      pgRawBatch: Double.infinity, pg: Double.infinity
    )
    for _ in 0..<3 {
      let rawPath = scratch("raw")
      best.sqliteRaw = min(
        best.sqliteRaw, try RawInserter(path: rawPath).insert(workload.events, batch: batch))
      remove(rawPath)
      let kamPath = scratch("kam")
      let sqlite = try SQLiteEventLog(path: kamPath, create: true)
      best.sqlite = min(
        best.sqlite, try time { try appendAll(workload, batch, context, sqlite.append) })
      remove(kamPath)

      let schema = schemaName()
      let log = try PostgresEventLog(url: url, schema: schema, create: true)
      defer {
        try? log.withSession { try $0.execute("DROP SCHEMA \(schema) CASCADE") }
        log.close()
      }
      best.pgRaw = min(best.pgRaw, try rawPostgresInserts(workload, batch: batch, log: log))
      best.pgRawBatch = min(
        best.pgRawBatch, try rawPostgresBatchInserts(workload, batch: batch, log: log))
      best.pg = min(best.pg, try time { try appendAll(workload, batch, context, log.append) })
      let verified = try log.verify().ok
      precondition(verified, "the benchmark's log does not verify")
    }
    print("                       events/s   kam / raw")
    print("  SQLite raw C loop    \(pad(rate(count, best.sqliteRaw)))")
    print(
      "  SQLite kam log       \(pad(rate(count, best.sqlite)))   \(percent(best.sqliteRaw, best.sqlite))"
    )
    print("  PostgreSQL raw NIO   \(pad(rate(count, best.pgRaw)))   (an INSERT per row)")
    print("  PostgreSQL raw NIO   \(pad(rate(count, best.pgRawBatch)))   (an INSERT per batch)")
    print(
      "  PostgreSQL kam log   \(pad(rate(count, best.pg)))   \(percent(best.pgRaw, best.pg)) of the "
        + "first, \(percent(best.pgRawBatch, best.pg)) of the second")
  }

  private static func appendAll(
    _ workload: Workload, _ batch: Int, _ context: AppendContext,
    _ append: ([NewEvent], AppendContext) throws -> some Any
  ) throws {
    let count = workload.events.count
    for chunk in stride(from: 0, to: count, by: batch) {
      _ = try append(Array(workload.events[chunk..<min(chunk + batch, count)]), context)
    }
  }

  /// The practical limit on the server: the same rows in the same
  /// transactions, pipelined, into a copy of the table with its indexes and
  /// with no trigger, no writer lock, no version check and no hash.
  private static func rawPostgresInserts(_ workload: Workload, batch: Int, log: PostgresEventLog)
    throws -> Double
  {
    try log.withSession { session in
      try session.execute(
        "CREATE TABLE raw_events (LIKE events INCLUDING ALL)")
      return try time {
        var seq: Int64 = 0
        let count = workload.events.count
        for chunk in stride(from: 0, to: count, by: batch) {
          var queries: [PostgresQuery] = ["BEGIN"]
          for event in workload.events[chunk..<min(chunk + batch, count)] {
            seq += 1
            let payload = String(decoding: event.payload, as: UTF8.self)
            let ms = event.occurredAt.millisecondsSinceEpoch
            queries.append(
              """
              INSERT INTO raw_events VALUES (\(seq), \(event.id.rawValue),
                \(event.stream.rawValue), \(seq), \(event.type), 1, \(ms), \(ms), 'bench', 'c',
                NULL, NULL, \(payload), \(ByteBuffer(bytes: [0])))
              """)
          }
          queries.append("COMMIT")
          try session.pipeline(queries)
        }
      }
    }
  }

  /// The same rows as one `INSERT … SELECT FROM unnest(…)` per transaction, as
  /// kam sends them: the limit for kam's own way of writing.
  private static func rawPostgresBatchInserts(
    _ workload: Workload, batch: Int, log: PostgresEventLog
  ) throws -> Double {
    try log.withSession { session in
      try session.execute(
        "CREATE TABLE raw_batch_events (LIKE events INCLUDING ALL)")
      return try time {
        var seq: Int64 = 0
        let count = workload.events.count
        for chunk in stride(from: 0, to: count, by: batch) {
          let events = workload.events[chunk..<min(chunk + batch, count)]
          let seqs = events.map { _ in
            seq += 1
            return seq
          }
          var binds = PostgresBindings()
          binds.append(seqs)
          binds.append(events.map(\.id.rawValue))
          binds.append(events.map(\.stream.rawValue))
          binds.append(events.map(\.type))
          binds.append(events.map(\.occurredAt.millisecondsSinceEpoch))
          binds.append(events.map { String(decoding: $0.payload, as: UTF8.self) })
          try session.pipeline([
            "BEGIN",
            PostgresQuery(
              unsafeSQL: """
                INSERT INTO raw_batch_events
                SELECT s, i, st, s, t, 1, o, o, 'bench', 'c', NULL, NULL, p, '\\x00'::bytea
                FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[],
                  $6::text[]) AS u(s, i, st, t, o, p)
                """, binds: binds),
            "COMMIT",
          ])
        }
      }
    }
  }

  // MARK: Rebuild

  private static func rebuild(url: String, source: String?) throws {
    let path = scratch("source")
    defer { remove(path) }
    if let source {
      try copyFile(source, path)
    } else {
      try BookBenchmark.make(path: path, rows: 100_000)
    }
    let sqlite = try Book(store: Book.existingStore(path: path))
    let schema = schemaName()
    let server = try PostgresBookStore(url: url, schema: schema, create: true)
    defer {
      try? server.log.withSession { try $0.execute("DROP SCHEMA \(schema) CASCADE") }
      server.log.close()
    }
    let copy = try time { _ = try Book.migrate(from: sqlite.store, to: server) }
    let postgres = try Book(store: server)
    let events = Int(try sqlite.sqliteLog!.lastSequence().rawValue)
    print("rebuild: \(events) events (\(source ?? "a generated book")), median of 3 rounds")
    print("  (kam migrate into the server took \(format1(copy)) s)")
    var rounds: [(sqliteScan: Double, sqlite: Double, pgScan: Double, pg: Double)] = []
    for _ in 0..<3 {
      let sqliteScan = BookBenchmark.rawScan(path)
      let sqliteRebuild = try time { _ = try sqlite.rebuild() }
      let pgScan = try rawPostgresScan(server.log)
      let pgRebuild = try time { _ = try postgres.rebuild() }
      rounds.append((sqliteScan, sqliteRebuild, pgScan, pgRebuild))
    }
    func median(_ value: (Double, Double, Double, Double) -> Double) -> Double {
      rounds.map { value($0.sqliteScan, $0.sqlite, $0.pgScan, $0.pg) }.sorted()[1]
    }
    let sqliteScan = median { a, _, _, _ in a }
    let sqliteRebuild = median { _, b, _, _ in b }
    let pgScan = median { _, _, c, _ in c }
    let pgRebuild = median { _, _, _, d in d }
    print("                       events/s   kam / raw")
    print("  SQLite raw scan      \(pad(rate(events, sqliteScan)))")
    print(
      "  SQLite kam rebuild   \(pad(rate(events, sqliteRebuild)))   \(percent(sqliteScan, sqliteRebuild))"
    )
    print("  PostgreSQL raw scan  \(pad(rate(events, pgScan)))")
    print("  PostgreSQL rebuild   \(pad(rate(events, pgRebuild)))   \(percent(pgScan, pgRebuild))")
  }

  /// Every column of every event in one `SELECT … ORDER BY seq` through
  /// PostgresNIO: what any client of the server pays to read the log.
  private static func rawPostgresScan(_ log: PostgresEventLog) throws -> Double {
    try log.withSession { session in
      var bytes = 0
      let seconds = try time {
        for row in try session.query("SELECT * FROM events ORDER BY seq") {
          for cell in row { bytes += cell.bytes?.readableBytes ?? 0 }
        }
      }
      precondition(bytes > 0)
      return seconds
    }
  }

  private static func copyFile(_ from: String, _ to: String) throws {
    guard let input = fopen(from, "rb") else { throw BenchError("cannot read \(from)") }
    defer { fclose(input) }
    guard let output = fopen(to, "wb") else { throw BenchError("cannot write \(to)") }
    defer { fclose(output) }
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let read = fread(&buffer, 1, buffer.count, input)
      if read == 0 { break }
      fwrite(buffer, 1, read, output)
    }
  }

  private static func pad(_ text: String) -> String {
    String(repeating: " ", count: max(0, 9 - text.count)) + text
  }

  private static func percent(_ reference: Double, _ measured: Double) -> String {
    "\(Int((reference / measured * 100).rounded())) %"
  }

  private static func format1(_ seconds: Double) -> String {
    String(Double(Int(seconds * 10)) / 10)
  }
}
