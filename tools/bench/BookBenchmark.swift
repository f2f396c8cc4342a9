import CKamSQLite
import KamBook
import KamBookSQLite
import KamDomain
import KamEventLog
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Benchmarks on a large book: rebuild against a raw scan, transitions against
/// reading their table, and a single client replayed as known at a past instant.
enum BookBenchmark {
  /// Creates a book of `rows` sales (plus the clients they meet) at `path` via import.
  static func make(path: String, rows: Int) throws {
    remove(path)
    let csv = "/tmp/kam-bench-\(getpid()).csv"
    let rules = "/tmp/kam-bench-\(getpid()).rules"
    try ImportBenchmark.write(rules, ImportBenchmark.rules)
    try ImportBenchmark.generate(csv, rows: rows)
    defer {
      unlink(csv)
      unlink(rules)
    }
    let (book, _) = try Book.create(
      path: path, currency: .pln, context: AppendContext(actor: "bench"))
    let summary = try Importer(
      book: book, rulesPath: rules, path: csv, today: CalendarDate(iso: "2026-11-28")!
    ).run(context: AppendContext(actor: "bench"))
    try book.catchUp()
    print("made \(path): \(summary.added) events")
  }

  static func run(path: String) throws {
    let book = try Book(path: path)
    let events = Int(try book.sqliteLog!.lastSequence().rawValue)
    // Five rounds, scan and rebuild alternating, so that both see the same
    // load on a shared machine; the median round's ratio is reported.
    var rounds: [(scan: Double, rebuild: Double)] = []
    for _ in 0..<5 {
      let scan = rawScan(path)
      let rebuild = try time { try book.rebuild() }
      rounds.append((scan, rebuild))
    }
    let (scan, rebuild) = rounds.sorted { $0.scan / $0.rebuild < $1.scan / $1.rebuild }[2]
    print("rebuild: \(events) events, median of 5 rounds")
    print("  raw SQLite scan   \(rate(events, scan)) events/s (every column of every row)")
    print("  kam rebuild       \(rate(events, rebuild)) events/s")
    print("  kam / raw         \(Int((scan / rebuild * 100).rounded())) %")
    print(
      "  rounds            "
        + rounds.map { "\(Int(($0.scan / $0.rebuild * 100).rounded())) %" }.joined(separator: ", "))
    print("  peak memory       \(Int(peakMemoryMiB())) MiB")
    // Where a rebuild's time goes: each stage adds to the one before.
    var count = 0
    let read = try time {
      try book.sqliteLog!.forEachEvent(after: .zero, limit: nil) { _ in count += 1 }
    }
    let decode = try time {
      try book.sqliteLog!.forEachEvent(after: .zero, limit: nil) { _ = try RecordedEvent($0) }
    }
    // What checking the hash chain as it reads adds to the rebuild's read.
    let foldRead = try time {
      try book.sqliteLog!.forEachEventToFold(after: .zero, limit: nil) { _ in }
    }
    var chain = ChainCheck()
    let checkedRead = try time {
      try book.sqliteLog!.forEachEventToFold(after: .zero, limit: nil, checking: &chain) { _ in }
    }
    let fold = try time { _ = try book.foldedHistories() }
    let stored = try time { _ = try book.histories() }
    print(
      "  of which: read \(rate(events, read)), + decode \(rate(events, decode)), + fold \(rate(events, fold)) events/s"
    )
    print(
      "  chain checked as the rebuild reads: fold read \(rate(events, foldRead)), checked "
        + "\(rate(events, checkedRead)) events/s: +\(Int(((checkedRead - foldRead) * 1000).rounded())) ms "
        + "on a read alone, \(Int(((checkedRead - foldRead) / rebuild * 100).rounded())) % of the median "
        + "rebuild (which reads and checks a batch ahead of its folds, so most of it overlaps them)"
        + (chain.failure.map { " (damaged at \($0.seq))" } ?? ""))
    print(
      "every client's history: folded from the log \(Int(fold * 1000)) ms, from the snapshots \(Int(stored * 1000)) ms"
    )

    let today = CalendarDate(iso: "2026-11-28")!
    var listed = 0
    let transitions = try time { listed = try book.transitions(TransitionQuery(asOf: today)).count }
    let table = rawTable(path)
    print("transitions: \(listed) rows")
    print("  raw table read    \(Int(table * 1000)) ms")
    print("  kam transitions   \(Int(transitions * 1000)) ms")

    let client = ClientSlug(rawValue: "client-42")!
    let knownAt = Instant.now
    // The replay round is of a book by `make-book`; another book (CDNOW's) has no client-42.
    guard try book.history(of: client, knownAt: knownAt).0 != nil else {
      print("single-client replay: skipped, the book has no \(client) (a book by make-book has)")
      return
    }
    var stage = ""
    let replay = try time {
      let (history, _) = try book.history(of: client, knownAt: knownAt)
      let policy = try book.policy(knownAt: knownAt)
      stage =
        StageRules.evaluate(history!, on: CalendarDate(iso: "2024-06-30")!, policy: policy).stage
        .rawValue
      _ = StageTimeline(history!, through: today, policy: policy)
    }
    print(
      "single-client replay (--as-of 2024-06-30 --known-at \(knownAt)): \(Int(replay * 1000)) ms (\(stage))"
    )
  }

  /// Reads every column of every event (recorded by `knownAt`, when given)
  /// through the C API: the practical limit.
  static func rawScan(_ path: String, recordedBy knownAt: Instant? = nil) -> Double {
    // Without an instant, no WHERE at all: the planner must not pick another index.
    let filter = knownAt == nil ? "" : "WHERE recorded_at <= ?1"
    return withRawStatement(path, "SELECT * FROM events \(filter) ORDER BY seq") { statement in
      if let knownAt { sqlite3_bind_int64(statement, 1, knownAt.millisecondsSinceEpoch) }
      var bytes = 0
      let seconds = time {
        while sqlite3_step(statement) == SQLITE_ROW {
          for column in 0..<sqlite3_column_count(statement) {
            _ = sqlite3_column_blob(statement, column)
            bytes += Int(sqlite3_column_bytes(statement, column))
          }
        }
      }
      precondition(bytes > 0)
      return seconds
    }
  }

  static func rawTable(_ path: String) -> Double {
    withRawStatement(
      path,
      "SELECT * FROM stage_transitions WHERE on_date <= '2026-11-28' ORDER BY on_date, client, n"
    ) { statement in
      time {
        while sqlite3_step(statement) == SQLITE_ROW {
          for column in 0..<sqlite3_column_count(statement) {
            _ = sqlite3_column_text(statement, column)
          }
        }
      }
    }
  }

  /// Runs `body` with `sql` prepared on a read-only connection of its own,
  /// straight through the C API, as the references of these benchmarks are.
  static func withRawStatement<Result>(
    _ path: String, _ sql: String, _ body: (OpaquePointer?) throws -> Result
  ) rethrows -> Result {
    var db: OpaquePointer?
    sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil)
    defer { sqlite3_close_v2(db) }
    var statement: OpaquePointer?
    sqlite3_prepare_v2(db, sql, -1, &statement, nil)
    defer { sqlite3_finalize(statement) }
    return try body(statement)
  }
}
