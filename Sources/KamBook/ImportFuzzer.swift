import KamDomain
public import KamEventLog
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A seeded mutation fuzzer for what `kam import` and `kam policy set` read:
/// CSV files, rules files and policy documents (docs/reliability.md).
///
/// Each case starts from a valid input, generated from the case's own seed,
/// mutates it (bit flips, cuts, inserted bytes, line endings, byte-order
/// marks, invalid UTF-8, huge lines, numbers at the edges), and runs the real
/// importer or policy parser in this process against a scratch book. A case
/// fails when a rejection is not one line naming the file, when a rejection
/// changes the book, or when an accepted row or policy is stored differently
/// from what was given. A crash is a crash of the whole run: the case number
/// is printed first, and ``run(seed:cases:from:folder:log:)`` with that
/// `from` replays it alone.
public struct ImportFuzzer {
  /// What a run found.
  public struct Report: Sendable {
    /// Cases run.
    public var cases = 0
    /// Cases whose input was accepted (imported, or put in force).
    public var accepted = 0
    /// Cases refused with a message.
    public var rejected = 0
    /// Accepted rows whose stored values were compared with the given ones.
    public var rowsCompared = 0
    /// Cases by kind: "csv", "rules", "policy", "clean".
    public var byKind: [String: Int] = [:]
    /// What went wrong, one line per failing case (the first 50).
    public var failures: [String] = []
    /// How many cases failed.
    public var failureCount = 0
  }

  /// The day imports take as today.
  static let today = CalendarDate(iso: "2026-11-28")!

  /// The context of the fuzzer's fresh books' book-created events.
  public static let bookContext = AppendContext(
    actor: "fuzz", commandID: CommandID(rawValue: "fuzz-init"))

  /// Runs `cases` cases numbered from `from`, derived from `seed`, in
  /// `folder` (created; it keeps the last case's files); `log` hears the
  /// number of each case before it runs, so a crash names its case.
  ///
  /// `freshBook` makes an empty book in PLN (created with ``bookContext``),
  /// replacing the one made before: a fresh book now and then keeps each
  /// case's cost flat.
  public static func run(
    seed: UInt64, cases: Int, from first: Int = 0, folder: String,
    freshBook: () throws(BookError) -> Book, log: ((Int) -> Void)? = nil
  ) throws(BookError) -> Report {
    mkdir(folder, 0o700)
    var report = Report()
    var book: Book?
    for number in first..<(first + cases) {
      log?(number)
      if book == nil || (number - first) % 500 == 0 {
        book = nil
        book = try freshBook()
      }
      var random = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(number))
      var fuzzCase = Case(number: number, folder: folder, book: book!)
      let kind: String
      switch random.below(100) {
      case 0..<45: kind = "csv"
      case 45..<75: kind = "rules"
      case 75..<88: kind = "policy"
      default: kind = "clean"
      }
      report.cases += 1
      report.byKind[kind, default: 0] += 1
      let outcome: Outcome
      do {
        outcome =
          kind == "policy"
          ? try fuzzCase.policy(&random) : try fuzzCase.importing(&random, kind: kind)
      } catch {
        outcome = .failed("\(error)")
      }
      switch outcome {
      case .accepted(let rows):
        report.accepted += 1
        report.rowsCompared += rows
      case .rejected: report.rejected += 1
      case .failed(let why):
        report.failureCount += 1
        if report.failures.count < 50 { report.failures.append("case \(number) (\(kind)): \(why)") }
      }
    }
    return report
  }

  enum Outcome {
    case accepted(rowsCompared: Int)
    case rejected
    case failed(String)
  }

  /// One case: its files and the book it runs against.
  struct Case {
    let number: Int
    let folder: String
    let book: Book
    var csvPath: String { folder + "/case.csv" }
    var rulesPath: String { folder + "/case.rules" }

    /// A CSV case: generated rows, then (unless clean) the CSV or the rules mutated.
    mutating func importing(_ random: inout SplitMix64, kind: String) throws -> Outcome {
      let generated = Generated(&random, number: number)
      var csv = generated.csv
      var rules = generated.rules
      if kind == "csv" {
        for _ in 0...random.below(3) { Mutator.mutate(&csv, &random, rules: false) }
      } else if kind == "rules" {
        for _ in 0...random.below(2) { Mutator.mutate(&rules, &random, rules: true) }
      }
      try write(csvPath, csv)
      try write(rulesPath, rules)
      let before = try head()
      let context = AppendContext(
        actor: "fuzz", commandID: CommandID(rawValue: "fuzz-\(number)"),
        recordedAt: Instant(millisecondsSinceEpoch: 1_795_000_000_000))
      let importer = Importer(book: book, rulesPath: rulesPath, path: csvPath, today: today)
      do {
        _ = try importer.run(context: context)
      } catch {
        if let problem = Self.problem(with: error.message, files: [csvPath, rulesPath]) {
          return .failed(problem)
        }
        guard error.code == .badInput else {
          return .failed("refused as \(error.code), not bad input: \(error.message)")
        }
        guard try head() == before else { return .failed("a rejection changed the book") }
        if kind == "clean" { return .failed("a valid file was refused: \(error.message)") }
        return .rejected
      }
      // Rows that reached the file unchanged must be stored as given, when
      // the rules still mean what they meant (a mutated rules file may
      // rightly map another column, or a constant).
      if kind == "rules", Self.resolved(rules) != Self.resolved(generated.rules) {
        return .accepted(rowsCompared: 0)
      }
      var stored: [String: [SaleRecorded]] = [:]
      for event in try book.events(of: context.commandID) where event.type == SaleRecorded.type {
        guard case .saleRecorded(let sale) = try DomainEvent(event) else { continue }
        stored[sale.ref ?? "", default: []].append(sale)
      }
      let intact = Self.intactLines(csv)
      var compared = 0
      for (ref, row) in generated.rows.sorted(by: { $0.key < $1.key })
      where kind == "clean" || intact.contains(row.line) {
        compared += 1
        let sales = stored[ref] ?? []
        let same = sales.contains {
          $0.amount.minorUnits == row.amount && $0.cost.minorUnits == row.cost
            && $0.note == row.note && $0.client.rawValue == row.client
        }
        guard same else {
          let found = sales.map {
            "\($0.client)/\($0.amount.minorUnits)/\($0.cost.minorUnits)/"
              + ($0.note.map { ImportRules.shown($0) } ?? "nil")
          }
          return .failed(
            "row \(ref) stored as [\(found.joined(separator: "; "))], given \(row.client)/"
              + "\(row.amount)/\(row.cost)/\(row.note.map { ImportRules.shown($0) } ?? "nil")")
        }
      }
      return .accepted(rowsCompared: compared)
    }

    /// A policy case: the default document, mutated, parsed, and put in force when valid.
    mutating func policy(_ random: inout SplitMix64) throws -> Outcome {
      var bytes = Generated.policy(&random)
      for _ in 0...random.below(3) { Mutator.mutate(&bytes, &random, rules: false) }
      // As `kam policy set` reads it.
      let text = String(decoding: bytes, as: UTF8.self)
      guard let document = FlatJSON(text: text) else { return .rejected }
      let policy: Policy
      do {
        policy = try Policy(document: document)
      } catch {
        if let problem = Self.problem(with: error.description, files: []) {
          return .failed(problem)
        }
        return .rejected
      }
      let before = try head()
      let context = AppendContext(
        actor: "fuzz", commandID: CommandID(rawValue: "fuzz-\(number)"))
      // The policy in force again changes nothing, and is refused as such.
      if PolicyDifference.between(try book.policy(), policy).isEmpty { return .rejected }
      var given = try book.setPolicy(policy, context: context)
      let stored = try book.policy()
      given.version = stored.version
      guard stored == given else {
        return .failed("policy stored as \(stored.document.text), given \(given.document.text)")
      }
      guard try head().seq == before.seq + 1 else { return .failed("policy not one event") }
      return .accepted(rowsCompared: 1)
    }

    /// Rules text as the importer resolves it against the generated header.
    static func resolved(_ bytes: [UInt8]) -> ImportRules? {
      let text = String(decoding: bytes, as: UTF8.self)
      guard let raw = try? ImportRules.parse(text, file: "rules") else { return nil }
      return try? raw.resolve(header: Generated.header, file: "rules")
    }

    /// The log's last seq and hash.
    func head() throws -> (seq: Int64, hash: [UInt8]) {
      let last = try book.lastSequence()
      return (last.rawValue, try book.event(at: last)?.hash ?? [])
    }

    /// Why a refusal's message is not one clear line, or nil.
    static func problem(with message: String, files: [String]) -> String? {
      if message.isEmpty { return "an empty message" }
      if message.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
        return "a control character in the message: \(ImportRules.shown(message, limit: 300))"
      }
      if message.utf8.count > 1_000 {
        return "a message of \(message.utf8.count) bytes: \(ImportRules.shown(message, limit: 200))"
      }
      if !files.isEmpty, !files.contains(where: { message.hasPrefix($0) }) {
        return "a message naming no file: \(message)"
      }
      return nil
    }

    /// The lines of a file as docs/import.md defines them (the first line
    /// ending decides: LF, CRLF, or a bare CR): a generated line found among
    /// them reached the file whole.
    static func intactLines(_ bytes: [UInt8]) -> Set<[UInt8]> {
      let firstBreak = bytes.firstIndex { $0 == 0x0A || $0 == 0x0D }
      let bareCR =
        firstBreak.map { bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A) }
        ?? false
      var lines: Set<[UInt8]> = []
      var current: [UInt8] = []
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte == 0x0A || (bareCR && byte == 0x0D) {
          lines.insert(current)
          current = []
        } else if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
          lines.insert(current)
          current = []
          index += 1
        } else {
          current.append(byte)
        }
        index += 1
      }
      lines.insert(current)
      return lines
    }

    func write(_ path: String, _ bytes: [UInt8]) throws(BookError) {
      guard let file = fopen(path, "w") else {
        throw BookError(.io, "cannot write \(path): \(String(cString: strerror(errno)))")
      }
      defer { fclose(file) }
      guard bytes.isEmpty || fwrite(bytes, 1, bytes.count, file) == bytes.count else {
        throw BookError(.io, "cannot write \(path)")
      }
    }
  }
}
