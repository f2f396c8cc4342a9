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

/// `kam import` of a generated CSV (and of CDNOW, when present) against the raw
/// C-API insert rate of the same number of events.
enum ImportBenchmark {
  static let rules = """
    event = sale
    delimiter = ,
    header = yes
    column.client = client
    column.date = date
    column.amount = amount
    column.cost = cost
    column.ref = ref
    """

  static func run(rows: Int, cdnow: String?) throws {
    let csv = "/tmp/kam-bench-\(getpid()).csv"
    let rulesPath = "/tmp/kam-bench-\(getpid()).rules"
    try write(rulesPath, rules)
    try generate(csv, rows: rows)
    defer {
      unlink(csv)
      unlink(rulesPath)
    }
    // Import first, so the peak memory below is the import's own, not the
    // raw loop's pre-built events.
    let (seconds, added) = try importFile(csv, rules: rulesPath)
    let importPeak = peakMemoryMiB()
    let rawPath = scratch("raw")
    let raw = try RawInserter(path: rawPath).insert(
      Workload(count: rows, streams: 3_000).events, batch: 2_000)
    remove(rawPath)
    print("import: \(rows) generated rows (3,000 clients)")
    print("  raw C-API loop   \(rate(rows, raw)) events/s")
    print("  kam import       \(rate(added, seconds)) events/s (\(added) events incl. clients met)")
    print(
      "  kam / raw        \(Int((raw / Double(rows) * Double(added) / seconds * 100).rounded())) %")
    print("  peak memory      \(Int(importPeak)) MiB during the import")
    if let cdnow {
      let cdnowRules = "/tmp/kam-bench-\(getpid()).cdnow.rules"
      try write(
        cdnowRules,
        """
        event = sale
        delimiter = whitespace
        date-format = YYYYMMDD
        client-prefix = cdnow-
        column.client = customer_id
        column.date = date
        column.amount = dollar_value
        """)
      defer { unlink(cdnowRules) }
      let (seconds, added) = try importFile(cdnow, rules: cdnowRules)
      print(
        "  CDNOW            \(rate(added, seconds)) events/s (\(added) events in \((seconds * 100).rounded() / 100) s)"
      )
    }
  }

  static func importFile(_ path: String, rules: String) throws -> (Double, Int) {
    let bookPath = scratch("import")
    defer { remove(bookPath) }
    let (book, _) = try Book.create(
      path: bookPath, currency: .pln, context: AppendContext(actor: "bench"))
    var added = 0
    let seconds = try time {
      let importer = Importer(
        book: book, rulesPath: rules, path: path, today: CalendarDate(iso: "2026-11-28")!)
      added = try importer.run(context: AppendContext(actor: "bench")).added
    }
    return (seconds, added)
  }

  static func generate(_ path: String, rows: Int) throws {
    guard let file = fopen(path, "w") else { throw BenchError("cannot write \(path)") }
    defer { fclose(file) }
    fputs("client,date,amount,cost,ref\n", file)
    var random = SplitMix64(seed: 7)
    let start = CalendarDate(iso: "2020-01-01")!
    for n in 0..<rows {
      let client = Int(random.next() % 3_000)
      let day = start.adding(days: Int64(n * 2_000 / rows))
      let amount = 10 + Int(random.next() % 50_000)
      fputs("client-\(client),\(day),\(amount).\(n % 100),\(amount / 2),INV-\(n)\n", file)
    }
  }

  static func write(_ path: String, _ text: String) throws {
    guard let file = fopen(path, "w") else { throw BenchError("cannot write \(path)") }
    fputs(text, file)
    fclose(file)
  }
}

/// A benchmark that could not run.
struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
