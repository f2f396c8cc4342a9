import CKamSQLite
import KamBook
import KamBookSQLite
import KamDomain
import KamEventLog
import KamPurchaseModel
import KamTime

/// One client replayed as known at past instants: what `kam show` and
/// `kam explain` compute, against reading the log up to that instant.
enum ReplayBenchmark {
  /// Replays `client` (default: the busiest in the first quarter of the log)
  /// as of and as known at the instants of events N/4, N/2, 3N/4 and N.
  static func run(path: String, client slug: String?) throws {
    let book = try Book(path: path)
    try book.catchUp()
    let events = try book.sqliteLog!.lastSequence().rawValue
    let client = try slug.flatMap(ClientSlug.init(rawValue:)) ?? busiest(path, through: events / 4)
    print("replay of \(client) on \(path): \(events) events; median of 3 rounds")
    print("  known at (seq)      raw scan  log fold  snapshots cut  one client  every client")
    for quarter in 1...4 {
      let seq = events * Int64(quarter) / 4
      let knownAt = try recordedAt(seq, in: book)
      let date = knownAt.date
      var rounds: [[Double]] = []
      for _ in 0..<3 {
        let scan = BookBenchmark.rawScan(path, recordedBy: knownAt)
        let fold = try time { _ = try book.foldedHistories(knownAt: knownAt) }
        let cut = try time { _ = try book.histories(knownAt: knownAt) }
        let one = try time {
          let view = try book.view(on: date, knownAt: knownAt, focus: client)
          precondition(view.row(for: client) != nil, "\(client) is not in the book at \(knownAt)")
        }
        let all = try time { _ = try book.view(on: date, knownAt: knownAt) }
        rounds.append([scan, fold, cut, one, all])
      }
      let fit = try book.view(on: date, knownAt: knownAt, focus: client).risk.fit
      let model = try time {
        _ = try BookPurchaseModel(
          Array(book.histories(knownAt: knownAt).values), on: date, options: BookView.fitOptions)
      }
      print(
        "  (purchase model: \(fit.clients) clients, \(fit.evaluations) evaluations, "
          + "\(Int(model * 1000)) ms with its summaries)")
      let median = (0..<5).map { column in rounds.map { $0[column] }.sorted()[1] }
      let cells = median.map { pad("\(Int(($0 * 1000).rounded())) ms", 9) }
      print(
        "  \(pad(String(seq), 8))  \(cells[0])  \(cells[1])  \(pad(cells[2], 13))  "
          + "\(pad(cells[3], 10))  \(cells[4])"
          + "   one client / raw scan \(Int((median[3] / median[0] * 100).rounded())) %")
    }
    print("  peak memory \(Int(peakMemoryMiB())) MiB")
  }

  /// The system time of event `seq`.
  private static func recordedAt(_ seq: Int64, in book: Book) throws -> Instant {
    var found: Instant?
    try book.sqliteLog!.forEachEvent(after: SequenceNumber(rawValue: seq - 1), limit: 1) {
      found = $0.recordedAt
    }
    return found!
  }

  /// The client stream with the most events among the first `through`.
  private static func busiest(_ path: String, through: Int64) throws -> ClientSlug {
    let sql = """
      SELECT stream FROM events WHERE seq <= \(through) AND type = 'sale-recorded'
      GROUP BY stream ORDER BY count(*) DESC, stream LIMIT 1
      """
    return BookBenchmark.withRawStatement(path, sql) { statement in
      guard sqlite3_step(statement) == SQLITE_ROW,
        let client = ClientSlug(rawValue: String(cString: sqlite3_column_text(statement, 0)))
      else { fatalError("no client with a sale in \(path)") }
      return client
    }
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }
}
