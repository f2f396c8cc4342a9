import CKamSQLite
import KamBook
import KamBookSQLite
import KamCLI
import KamDomain
import KamEventLog
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kam-bench shape [--rounds N] [--only 1,2,…] [BOOK]`: issue #20's book of many clients with few events
/// each, measured as a user meets it, against raw references in the same run.
///
/// The book is the CDNOW master file imported with tools/import/cdnow.rules when it is there
/// (`$KAM_BENCH_CDNOW`, default ../shared/data/cdnow/CDNOW_master.txt), else a generated file
/// of the same shape imported the same way, or a copy of BOOK. Every figure is the median of
/// the rounds, each alternating with its reference so both see the same load:
///
/// 1. the rebuild through the library against the raw C-API scan;
/// 2. every whole-book query as the release `kam` process (`$KAM`, default
///    .build/release/kam) against a `sqlite3` shell scan of the events table, on today and
///    as tables (the default format), and as the first query of another day (`--as-of` a
///    day no query has asked before);
/// 3. one-client queries against the whole-book `kam clients`;
/// 4. `kam log sale` on a copy against one `sqlite3` shell insert (tools/bench-log-sale's);
/// 5. where a whole-book view's time goes, in process;
/// 6. peak memory.
///
/// `--only` runs the sections named (the rebuild, the queries, …), for a quicker look at one.
enum ShapeBenchmark {
  /// The whole-book queries of issue #20, as `kam` arguments.
  static let wholeBook: [[String]] = [
    ["clients"], ["key-accounts"], ["value"], ["risk"], ["risk", "--all"], ["transitions"],
    ["attention"],
  ]

  static func run(_ arguments: [String]) throws {
    var rounds = 5
    var given: String?
    var sections = Set(1...6)
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      if argument == "--rounds", let next = rest.popFirst(), let count = Int(next), count > 0 {
        rounds = count
      } else if argument == "--only", let next = rest.popFirst() {
        sections = Set(next.split(separator: ",").compactMap { Int($0) })
      } else {
        given = argument
      }
    }
    let environment = Environment.processVariables()
    let built = environment["KAM"].flatMap { $0.isEmpty ? nil : $0 } ?? ".build/release/kam"
    guard access(built, X_OK) == 0 else {
      throw BenchError("no kam at \(built): swift build -c release --product kam, or set $KAM")
    }
    // A copy is timed, as `tools/install` copies it: a file just written by the linker
    // starts about 0.3 ms slower on this machine's kernel than a copy of it (README,
    // "Performance"), which would bias every start against the build just made.
    let kam = "/tmp/kam-bench-\(getpid())-kam"
    try copyFile(built, to: kam)
    chmod(kam, 0o755)
    defer { unlink(kam) }
    let master = environment["KAM_BENCH_CDNOW"] ?? "../shared/data/cdnow/CDNOW_master.txt"
    let shown = ["KAM", "KAM_BENCH_CDNOW"].compactMap { name in
      environment[name].map { "\(name)=\($0) " }
    }
    print("$ " + shown.joined() + CommandLine.arguments.joined(separator: " "))

    // The scratch book every step works on, and a copy of it for the log sale.
    let path = scratch("shape")
    let saleCopy = scratch("shape-sale")
    defer {
      remove(path)
      remove(saleCopy)
    }
    let source: String
    if let given {
      try copyBook(given, to: path)
      source = "a copy of \(given)"
    } else if access(master, R_OK) == 0 {
      source = "\(master) by kam import with tools/import/cdnow.rules"
      try importCDNOW(master, into: path)
    } else {
      let csv = "/tmp/kam-bench-\(getpid())-shape.txt"
      defer { unlink(csv) }
      let rows = try generate(csv, clients: 23_570)
      source =
        "generated (no \(master)): \(rows) purchases of 23,570 clients over 18 months, "
        + "in CDNOW's format, by kam import with tools/import/cdnow.rules"
      try importCDNOW(csv, into: path)
    }
    try copyBook(path, to: saleCopy)

    let book = try Book(path: path)
    let events = Int(try book.sqliteLog!.lastSequence().rawValue)
    let histories = try book.histories()
    let lastSale = histories.values.compactMap { $0.sales.map(\.date).max() }.max()
    let today =
      environment["KAM_TODAY"].flatMap { CalendarDate(iso: $0) }
      ?? lastSale?.adding(days: 1) ?? CalendarDate(iso: "1998-07-01")!
    // A client with several events, the first in slug order: the one-client queries ask it.
    let client =
      histories.values.filter { $0.sales.count >= 5 }.map(\.client).min()
      ?? histories.keys.min()!
    let clientSales = histories[client]!.sales.count
    print("book: \(source)")
    print(
      "  \(events) events, \(histories.count) clients, KAM_TODAY=\(today); rounds \(rounds), "
        + "medians; load average \(loadAverage())")

    // 1. The rebuild against the raw scan.
    if sections.contains(1) {
      var scans: [Double] = []
      var rebuilds: [Double] = []
      var writes: [Double] = []
      var phases: [PhaseTimes] = []
      for _ in 0..<rounds {
        scans.append(BookBenchmark.rawScan(path))
        let times = PhaseTimes()
        rebuilds.append(try time { try book.rebuild(phases: times) })
        phases.append(times)
        writes.append(rawProjectionWrite(path))
      }
      let scan = median(scans)
      let rebuild = median(rebuilds)
      let write = median(writes)
      print("1. rebuild (target kam / raw >= 0.5)")
      print("  raw C-API scan    \(rate(events, scan)) events/s (\(ms(scan)))")
      print("  kam rebuild       \(rate(events, rebuild)) events/s (\(ms(rebuild)))")
      print("  kam / raw         \(ratio(scan / rebuild))\(verdict(scan / rebuild >= 0.5))")
      // What SQLite alone needs to put back the rows a rebuild stores. A client's rows wait
      // for its whole history, at the log's end, so the scan and then that write are the
      // rebuild's floor, whatever kam's own code costs.
      print(
        "  SQLite writing the rebuilt rows alone (INSERT … SELECT, one transaction) \(ms(write))")
      print(
        "  scan / (scan + that write): the floor, the rows written once the log is read "
          + ratio(scan / (scan + write)))
      print("  where the rebuild's time goes (medians of the rounds, each phase alone)")
      // By name: a round whose read ahead declined names its read otherwise.
      for phase in phases[0].phases {
        let seconds = median(
          phases.compactMap { round in round.phases.first { $0.name == phase.name }?.seconds })
        print("    \(phase.name.padded(50)) \(ms(seconds))")
      }
      let rest = median(zip(rebuilds, phases).map { $0 - $1.total })
      print("    \("the commit and the rest".padded(50)) \(ms(rest))")
    }

    // 2. Every whole-book query as a process, against a sqlite3 shell scan.
    var child = environment
    child["KAM_TODAY"] = "\(today)"
    child["KAM_ACTOR"] = "bench"
    // The commands alone are timed: no refresh left running after a write competes.
    child["KAM_REFRESH"] = "off"
    let scanShell = ["sqlite3", path, "SELECT * FROM events"]
    if sections.contains(2) {
      print("2. whole-book queries, kam -O json > /dev/null (target <= 1x a sqlite3 scan)")
      print("  \("query".padded(28)) \("kam".padded(9)) \("sqlite3".padded(9)) kam / sqlite3")
    }
    var clientsSeconds = 0.0
    if !sections.contains(2) {
      let command = [kam, "clients", "-O", "json", "--db", path]
      try checked(command, child)
      clientsSeconds = median(try (0..<rounds).map { _ in try checked(command, child) })
    }
    for query in wholeBook where sections.contains(2) {
      let command = [kam] + query + ["-O", "json", "--db", path]
      // Untimed first: it stores the fitted models.
      try checked(command, child)
      let (k, s) = try alternating(rounds, { _ in command }, scanShell, child)
      if query == ["clients"] { clientsSeconds = k }
      print(
        "  \(("kam " + query.joined(separator: " ")).padded(28)) \(ms(k).padded(9)) "
          + "\(ms(s).padded(9)) \(ratio(k / s, "x"))\(verdict(k <= s))")
    }

    // The same queries as tables, the format a person at a terminal gets (and a pipe).
    if sections.contains(2) {
      print("   as tables, kam QUERY > /dev/null (the default format)")
    }
    for query in wholeBook where sections.contains(2) {
      let command = [kam] + query + ["--db", path]
      let (k, s) = try alternating(rounds, { _ in command }, scanShell, child)
      print(
        "  \(("kam " + query.joined(separator: " ")).padded(28)) \(ms(k).padded(9)) "
          + "\(ms(s).padded(9)) \(ratio(k / s, "x"))\(verdict(k <= s))")
    }

    // The first query of another day: each round asks a day no query has asked, so
    // nothing is kept for it.
    let otherDay = today.adding(days: -121)
    if sections.contains(2) {
      print("   the first query of another day (--as-of \(otherDay) and the days before it)")
    }
    var asked = 0
    for query in wholeBook where sections.contains(2) {
      let (k, s) = try alternating(
        rounds,
        { _ in
          let day = otherDay.adding(days: -Int64(asked))
          asked += 1
          return [kam] + query + ["--as-of", "\(day)", "-O", "json", "--db", path]
        }, scanShell, child)
      print(
        "  \(("kam " + query.joined(separator: " ") + " --as-of").padded(28)) "
          + "\(ms(k).padded(9)) \(ms(s).padded(9)) \(ratio(k / s, "x"))\(verdict(k <= s))")
    }

    // 3. One client's queries against the whole-book kam clients.
    if sections.contains(3) {
      // Both listings and the norms kept at the log's last event, untimed: what the refresh
      // after every write leaves (a book copied from an older kam keeps none kam reads).
      try checked([kam, "refresh", "--db", path], child)
      print(
        "3. one client (\(client), \(clientSales) sales) against kam clients "
          + "\(ms(clientsSeconds)) (target <= 0.1)")
      // An unknown client (a slug the book lacks: refused after "did you mean" seeks the
      // directory's index), and one kam refuses as a slug before opening the book (upper case).
      let refused = ["no-such-client", "NOSUCH"]
      for query in [["show", "\(client)"], ["stage", "\(client)"], ["explain", "\(client)"]]
        + refused.map({ ["show", $0] })
      {
        let command = [kam] + query + ["-O", "json", "--db", path]
        let expected: Int32? = refused.contains(query.last!) ? nil : 0
        try checked(command, child, status: expected)
        var times: [Double] = []
        for _ in 0..<rounds {
          times.append(try checked(command, child, status: expected))
        }
        let k = median(times)
        print(
          "  \(("kam " + query.joined(separator: " ")).padded(28)) \(ms(k).padded(9)) "
            + "\(ratio(k / clientsSeconds))\(verdict(k <= 0.1 * clientsSeconds))")
      }

    }

    // 4. kam log sale on the copy against one sqlite3 shell insert.
    if sections.contains(4) {
      let day = today.adding(days: -1)
      let sale =
        [kam, "log", "sale", "\(client)", "--amount", "100", "--cost", "60", "--on", "\(day)"]
        + ["--db", saleCopy]
      let insert = ["sqlite3", saleCopy, insertStatement(client: "\(client)")]
      syncFile(saleCopy)
      try checked(
        [kam, "log", "sale", "\(client)", "--amount", "1", "--cost", "0", "--on", "\(day)"]
          + ["--db", saleCopy], child)
      try checked(insert, child)
      let saleRounds = max(rounds * 3, 15)
      let (k, s) = try alternating(saleRounds, { _ in sale }, insert, child)
      print("4. kam log sale \(client) --on \(day), \(saleRounds) runs (target <= 2x)")
      print("  sqlite3 shell insert  \(ms(s))")
      print("  kam log sale          \(ms(k))")
      print("  kam / sqlite3         \(ratio(k / s, "x"))\(verdict(k <= 2 * s))")
    }

    // 5. Where a whole-book view's time goes, in process.
    if sections.contains(5) {
      try whereTimeGoes(
        book, path: path, today: today, events: events, rounds: rounds,
        clientsProcess: clientsSeconds)
    }

    // 6. Peak memory.
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    print(
      "6. peak memory: kam-bench \(Int(peakMemoryMiB())) MiB (rebuilds and views in process), "
        + "largest child process \(Int(Double(usage.ru_maxrss) / 1024)) MiB")
  }

  /// The stages of a whole-book view, each timed alone (median of `rounds`).
  static func whereTimeGoes(
    _ book: Book, path: String, today: CalendarDate, events: Int, rounds: Int,
    clientsProcess: Double
  ) throws {
    let log = book.sqliteLog!
    let read = try median(rounds) {
      var count = 0
      try log.forEachEvent(after: .zero, limit: nil) { _ in count += 1 }
      precondition(count == events)
    }
    let decode = try median(rounds) {
      try log.forEachEvent(after: .zero, limit: nil) { _ = try RecordedEvent($0) }
    }
    let fold = try median(rounds) { _ = try book.foldedHistories() }
    let stored = try median(rounds) { _ = try book.histories() }
    let policy = try book.policy()
    let known = try book.histories().values.filter { $0.isKnown(by: today) }
      .sorted { $0.client < $1.client }
    let churn = try median(rounds) {
      _ = try ChurnRiskReport(
        known, on: today, policy: policy, options: BookView.fitOptions, assessing: [])
    }
    let spend = median(rounds) { _ = BookSpendModel(known, on: today) }
    _ = try book.view(on: today)  // stores the models, if the queries did not
    let view = try median(rounds) { _ = try book.view(on: today) }
    let future = Instant(millisecondsSinceEpoch: 1_893_456_000_000)  // 2030-01-01
    let fresh = try median(rounds) { _ = try book.view(on: today, knownAt: future) }
    _ = try book.listing(on: today)  // stores the listings, if the queries did not
    _ = try book.riskListing(on: today)
    let listing = try median(rounds) { _ = try book.listing(on: today) }
    let riskListing = try median(rounds) { _ = try book.riskListing(on: today) }
    let freshListing = try median(rounds) { _ = try book.listing(on: today, knownAt: future) }
    // The per-client parts of today's view, each alone, the models fitted once beforehand.
    let todaysModels = try ChurnRiskReport(
      known, on: today, policy: policy, options: BookView.fitOptions, assessing: []
    ).models
    let todaysPortfolio = median(rounds) { _ = Portfolio(known, on: today, policy: policy) }
    let stages = median(rounds) {
      _ = ParallelMap.map(known, minimumPerCore: 64) {
        StageRules.unexplained($0, on: today, policy: policy)
      }
    }
    let assessed = try median(rounds) {
      _ = try ChurnRiskReport(
        known, on: today, policy: policy, options: BookView.fitOptions, models: todaysModels)
    }
    // Another day: four months back, when part of a book like CDNOW's was still in its
    // first year, so the key-client profile is learned too.
    let earlier = today.adding(days: -121)
    let profile = median(rounds) { _ = KeyClientProfile(known, on: earlier, policy: policy) }
    let portfolio = median(rounds) { _ = Portfolio(known, on: earlier, policy: policy) }
    let earlierListing = try median(rounds) {
      _ = try book.listing(on: earlier, knownAt: future)
    }
    let arguments = ["clients", "-O", "json", "--db", path]
    let environment = ["KAM_TODAY": "\(today)", "KAM_ACTOR": "bench"]
    var status: Int32 = 0
    let command = median(rounds) {
      status = KamRunner.capture(arguments, environment: environment).status
    }
    guard status == 0 else { throw BenchError("kam clients in process: status \(status)") }
    // The same rows as the tables a person reads: JSON's rendering against a layout's.
    var tables: [(String, Double)] = []
    for query in [["clients"], ["risk", "--all"], ["transitions"]] {
      let seconds = median(rounds) {
        status = KamRunner.capture(query + ["--db", path], environment: environment).status
      }
      guard status == 0 else { throw BenchError("kam \(query[0]) in process: status \(status)") }
      tables.append((query.joined(separator: " "), seconds))
    }
    print("5. where time goes (in process, median of \(rounds))")
    print("  read every event (forEachEvent)              \(ms(read))")
    print("  + decode (RecordedEvent)                     \(ms(decode))")
    print("  + fold (foldedHistories)                     \(ms(fold))")
    print("  histories from the stored snapshots          \(ms(stored))")
    print("  churn model fit (ChurnRiskReport, no client) \(ms(churn))")
    print("  spend model fit (BookSpendModel)             \(ms(spend))")
    print("  portfolio (Portfolio)                        \(ms(todaysPortfolio))")
    print("  every client's stage (StageRules.unexplained) \(ms(stages))")
    print("  every risk, models given (ChurnRiskReport)   \(ms(assessed))")
    print("  whole view, models stored (book.view)        \(ms(view))")
    print("  whole view, fresh (knownAt 2030-01-01)       \(ms(fresh))")
    print("  every client's listing, stored (book.listing) \(ms(listing))")
    print("  every risk listing, stored (book.riskListing) \(ms(riskListing))")
    print("  every client's listing, evaluated (knownAt)  \(ms(freshListing))")
    print("  on \(earlier): key-client profile           \(ms(profile))")
    print("  on \(earlier): portfolio                    \(ms(portfolio))")
    print("  on \(earlier): every client's listing       \(ms(earlierListing))")
    print("  kam clients -O json in process (KamRunner)   \(ms(command))")
    print("    of which rendering and the rest            \(ms(command - listing))")
    print("  kam clients process minus in process         \(ms(clientsProcess - command))")
    for (query, seconds) in tables {
      print("  kam \((query + " as a table, in process").padded(40)) \(ms(seconds))")
    }
  }

  /// The seconds SQLite takes to empty the four projection tables and write their rows back
  /// (`INSERT … SELECT` from a temporary copy, one transaction, the commit included), on a
  /// connection of its own: what a rebuild stores, at SQLite's own cost. The transitions'
  /// by-date index is dropped first and built after, as the rebuild does.
  static func rawProjectionWrite(_ path: String) -> Double {
    let tables = ["client_directory", "stage_transitions", "client_value", "client_snapshots"]
    var db: OpaquePointer?
    sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nil)
    defer { sqlite3_close_v2(db) }
    func run(_ sql: String) {
      guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
        fatalError("\(sql): \(String(cString: sqlite3_errmsg(db)))")
      }
    }
    let index = BookBenchmark.withRawStatement(
      path, "SELECT sql FROM sqlite_schema WHERE name = 'stage_transitions_by_date'"
    ) { statement in
      sqlite3_step(statement) == SQLITE_ROW
        ? String(cString: sqlite3_column_text(statement, 0)) : nil
    }
    guard let index else { fatalError("no stage_transitions_by_date in \(path)") }
    run(tables.map { "CREATE TEMP TABLE copy_\($0) AS SELECT * FROM \($0);" }.joined())
    defer { run(tables.map { "DROP TABLE temp.copy_\($0);" }.joined()) }
    return time {
      run(
        "BEGIN IMMEDIATE; DROP INDEX stage_transitions_by_date;"
          + tables.map { "DELETE FROM \($0);" }.joined()
          + tables.map { "INSERT INTO \($0) SELECT * FROM temp.copy_\($0);" }.joined()
          + "\(index); COMMIT;")
    }
  }

  // MARK: The book

  /// Imports a file in CDNOW's format into a new book at `path`, as `kam import` does.
  static func importCDNOW(_ file: String, into path: String) throws {
    let rules = "tools/import/cdnow.rules"
    guard access(rules, R_OK) == 0 else {
      throw BenchError("shape needs \(rules): run it from the repository's root")
    }
    let (book, _) = try Book.create(
      path: path, currency: Currency(rawValue: "USD")!, context: AppendContext(actor: "bench"))
    _ = try Importer(
      book: book, rulesPath: rules, path: file, today: CalendarDate(iso: "1998-07-01")!
    ).run(context: AppendContext(actor: "bench"))
    try book.catchUp()
  }

  /// Writes purchases in the CDNOW master file's format: `clients` clients whose first
  /// purchase falls in the first twelve weeks of 1997, half of them never back, the others
  /// back one to seven times by 1998-06-30 (about three purchases a client, as CDNOW).
  /// Returns the number of purchases.
  static func generate(_ path: String, clients: Int) throws -> Int {
    guard let file = fopen(path, "w") else { throw BenchError("cannot write \(path)") }
    defer { fclose(file) }
    fputs(" customer_id  date number_of_cds  dollar_value\n", file)
    var random = SplitMix64(seed: 20)
    let start = CalendarDate(iso: "1997-01-01")!
    let span: UInt64 = 546  // through 1998-06-30
    var rows = 0
    for customer in 1...clients {
      let first = random.next() % 84
      let repeats = random.next() % 2 == 0 ? 0 : 1 + random.next() % 7
      var days = [first]
      for _ in 0..<repeats { days.append(first + 1 + random.next() % (span - first - 1)) }
      for day in Set(days).sorted() {
        let date = "\(start.adding(days: Int64(day)))".split(separator: "-").joined()
        let cds = 1 + random.next() % 4
        let cents = cds * (900 + random.next() % 800)
        let id = String(customer)
        let padded = String(repeating: "0", count: max(0, 5 - id.count)) + id
        fputs(
          " \(padded) \(date)  \(cds)   \(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)\n",
          file)
        rows += 1
      }
    }
    return rows
  }

  /// tools/bench-log-sale's insert: a sale row in a stream of its own, with a dummy hash.
  static func insertStatement(client: String) -> String {
    """
    INSERT INTO events (seq, event_id, stream, stream_version, type, type_version, occurred_at,
      recorded_at, actor, command_id, payload, hash)
      SELECT (SELECT max(seq) FROM events) + 1, lower(hex(randomblob(16))), '$bench',
        coalesce(max(stream_version), 0) + 1,
        'sale-recorded', 2, 1795176000000, 1795919254887, 'bench', lower(hex(randomblob(8))),
        '{"client":"\(client)","amount":10000,"cost":6000}', randomblob(32)
      FROM events WHERE stream = '$bench'
    """
  }

  /// Copies a book's file, and its write-ahead log when there is one.
  static func copyBook(_ source: String, to target: String) throws {
    guard access(source, R_OK) == 0 else { throw BenchError("cannot read \(source)") }
    remove(target)
    for suffix in ["", "-wal"] where access(source + suffix, R_OK) == 0 {
      try copyFile(source + suffix, to: target + suffix)
    }
  }

  static func copyFile(_ source: String, to target: String) throws {
    let input = open(source, O_RDONLY)
    guard input >= 0 else { throw BenchError("cannot read \(source)") }
    defer { close(input) }
    let output = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard output >= 0 else { throw BenchError("cannot write \(target)") }
    defer { close(output) }
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if count == 0 { return }
      guard count > 0 else { throw BenchError("cannot read \(source)") }
      let written = buffer.withUnsafeBytes { write(output, $0.baseAddress, count) }
      guard written == count else { throw BenchError("cannot write \(target)") }
    }
  }

  /// Flushes a file's dirty pages, so their writeback stays out of the timed syncs.
  static func syncFile(_ path: String) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  // MARK: Processes

  /// Runs `command` (its program looked up on PATH) with `environment`, standard input and
  /// output on /dev/null; returns its wall-clock seconds. Throws when it cannot start or ends
  /// with another status than `status` (any but 0 when nil), with what it wrote to stderr.
  @discardableResult
  /// The medians of `rounds` runs of `command(round)` and of `reference`, alternating, so
  /// that both see the same load.
  static func alternating(
    _ rounds: Int, _ command: (Int) -> [String], _ reference: [String],
    _ environment: [String: String]
  ) throws -> (command: Double, reference: Double) {
    var times: [Double] = []
    var references: [Double] = []
    for round in 0..<rounds {
      times.append(try checked(command(round), environment))
      references.append(try checked(reference, environment))
    }
    return (median(times), median(references))
  }

  @discardableResult
  static func checked(_ command: [String], _ environment: [String: String], status: Int32? = 0)
    throws -> Double
  {
    let errors = "/tmp/kam-bench-\(getpid())-stderr.txt"
    defer { unlink(errors) }
    let (seconds, exit) = try spawn(command, environment, stderr: errors)
    if let status, exit != status {
      throw BenchError(
        "\(command.joined(separator: " ")): status \(exit): \(contents(errors))")
    }
    if status == nil, exit == 0 {
      throw BenchError("\(command.joined(separator: " ")): succeeded, expected a refusal")
    }
    return seconds
  }

  static func spawn(_ command: [String], _ environment: [String: String], stderr: String)
    throws -> (seconds: Double, status: Int32)
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid = pid_t()
    let start = monotonicSeconds()
    let failure = posix_spawnp(&pid, command[0], &actions, nil, argv, envp)
    guard failure == 0 else {
      throw BenchError("cannot run \(command[0]): \(String(cString: strerror(failure)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let seconds = monotonicSeconds() - start
    // WIFEXITED / WEXITSTATUS, which Swift does not import; a signal reads as 128 + it.
    let exit = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return (seconds, exit)
  }

  /// The first line of a small text file.
  static func contents(_ path: String) -> String {
    guard let file = fopen(path, "r") else { return "" }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 1_024)
    guard fgets(&line, Int32(line.count), file) != nil else { return "" }
    return String(
      decoding: line.prefix { $0 != 0 && $0 != 10 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  static func loadAverage() -> String {
    var loads = [Double](repeating: 0, count: 3)
    guard getloadavg(&loads, 3) == 3 else { return "unknown" }
    return loads.map { "\(($0 * 100).rounded() / 100)" }.joined(separator: ", ")
  }

  // MARK: Figures

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
      ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }

  static func median(_ rounds: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<rounds { times.append(try time(body)) }
    return median(times)
  }

  static func ms(_ seconds: Double) -> String {
    seconds < 0.01
      ? "\((seconds * 10_000).rounded() / 10) ms" : "\(Int((seconds * 1000).rounded())) ms"
  }

  static func verdict(_ met: Bool) -> String { met ? "  met" : "  not met" }

  static func ratio(_ value: Double, _ suffix: String = "") -> String {
    "\((value * 100).rounded() / 100)\(suffix)"
  }
}
