import KamDomain
public import KamEventLog
import KamSQLite

extension Book {
  /// The book's records that know how far the log went: the projections'
  /// checkpoints and stops, and the rows that name an event.
  static let watermarks: [LogWatermark] = [
    LogWatermark(
      sql:
        "SELECT checkpoint, 'projection ' || name || ' has read up to' FROM projection_checkpoints"
    ),
    LogWatermark(
      sql:
        "SELECT failed_seq, 'projection ' || name || ' stopped at event' FROM projection_checkpoints"
    ),
    LogWatermark(
      sql: "SELECT max(last_seq), 'the client directory names event' FROM client_directory"),
    LogWatermark(
      sql: "SELECT max(cause_seq), 'a stage transition names event' FROM stage_transitions"),
  ]

  /// Checks the book at `path` as `kam verify` does: the log's chain, sequence
  /// numbers and stream versions, every record that knows how far the log went
  /// (the stored head, the projections' checkpoints and rows, the client
  /// snapshots), `expected` when given, and then SQLite's quick_check of the file.
  ///
  /// Opens the file without reading the book-created event, so that a log
  /// missing its first events is reported as damaged rather than refused.
  ///
  /// - Throws: ``BookError`` when the file cannot be opened or read; damage
  ///   the checks find is in the report.
  public static func verify(path: String, expecting expected: ChainHead?) throws(BookError)
    -> VerificationReport
  {
    // An empty file is a book cut to nothing, or none yet: either way no log, and a
    // check must not write the schema into it, as opening the log would.
    if isEmptyFile(path: path) {
      return VerificationReport(
        events: 0, firstBadSeq: SequenceNumber(rawValue: 1),
        problem: "the file is empty (0 bytes); a book starts with its book-created event")
    }
    let log = try openLog(path: path, create: false)
    do {
      let snapshots = try snapshotWatermarks(log)
      var report = try log.verify(expecting: expected, watermarks: watermarks + snapshots)
      if report.ok && report.events == 0 {
        // A kam book starts with its book-created event: an empty log is a
        // book emptied or cut short, not a sound one.
        report.firstBadSeq = SequenceNumber(rawValue: 1)
        report.problem = "the log holds no events; a book starts with its book-created event"
      }
      if report.ok, let damage = try quickCheck(log) {
        report.problem =
          "the file is damaged (SQLite's quick_check: \(damage)); the log's events "
          + "read back sound, so kam rebuild may mend the projections"
      }
      return report
    } catch {
      throw BookError.wrap(error)
    }
  }

  /// SQLite's own check of every page and index (`PRAGMA quick_check`): the
  /// chain covers the log's rows, not the projections' pages. Its first
  /// complaint, or nil when it says ok.
  private static func quickCheck(_ log: SQLiteEventLog) throws -> String? {
    let result = try log.queue.read { db in try db.scalar(String.self, "PRAGMA quick_check(1)") }
    guard let result, result != "ok" else { return nil }
    return BookError.oneLine(result)
  }

  /// The stored client history reaching furthest, as a watermark. Read before
  /// the log's check: an append in between only lengthens the log.
  private static func snapshotWatermarks(_ log: SQLiteEventLog) throws -> [LogWatermark] {
    var furthest: (seq: Int64, client: String)?
    try log.queue.read { db in
      try db.forEachRow("SELECT client, history FROM client_snapshots") { row in
        // One that cannot be read is the projection's problem, which a rebuild
        // mends; it proves nothing about the log.
        guard let history = try? ClientHistory(snapshot: try row.column(1, as: Blob.self).bytes)
        else { return }
        if history.lastSeq > (furthest?.seq ?? 0) {
          furthest = (history.lastSeq, try row.column(0))
        }
      }
    }
    guard let furthest else { return [] }
    let claim = "the stored history of client \(furthest.client) names event"
    let quoted = String(claim.flatMap { $0 == "'" ? ["'", "'"] : [$0] })
    return [LogWatermark(sql: "SELECT \(furthest.seq), '\(quoted)'")]
  }

  /// The tables of the log itself: the data, which a rebuild cannot restore.
  static let logTables: Set<String> = [
    "events", "events_out_of_order", "log_head", "kam_migrations",
  ]

  /// Creates the projections' tables (and their indexes) that the schema has
  /// and the file lacks, empty, as the migrations that made them would: a
  /// table dropped behind kam's back is derived state, and the rebuild that
  /// follows fills it.
  static func restoreMissingTables(_ db: Database) throws {
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
      guard !present.contains(name), !logTables.contains(table) else { return }
      try db.execute(try row.column(2, as: String.self))
    }
  }

  /// The message of a rebuild that found the log damaged.
  static func damage(_ seq: SequenceNumber, _ problem: String, forced: Bool) -> String {
    forced
      ? "the log is damaged at event \(seq): \(problem); the projections were rebuilt from it "
        + "anyway (--force), and show what the damaged log says"
      : "the log is damaged at event \(seq): \(problem); the projections were left as they were "
        + "(kam verify checks the log; kam rebuild --force rebuilds from it anyway)"
  }
}
