import KamDomain
public import KamEventLog
public import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `kam import` did (or, with a dry run, would do).
public struct ImportSummary: Sendable, Hashable {
  /// Data rows read.
  public var rows = 0
  /// Events appended (clients met included).
  public var added = 0
  /// Rows already in the book from an earlier import.
  public var duplicates = 0
  /// Clients registered because the file mentioned them first.
  public var clientsAdded = 0
  /// Rows rejected (with `skipBad`).
  public var rejected = 0
  /// True when nothing was written.
  public var dryRun = false
}

/// Imports a CSV file into a book through a rules file: a first pass checks every row and
/// writes nothing, the second commits in slices of ``commitRows``, so a failure after the
/// first slice (a full disk, a busy book, a file changed between the passes) leaves whole
/// slices, which a re-run completes.
public struct Importer {
  /// The book.
  public let book: Book
  /// The rules file's path.
  public let rulesPath: String
  /// The CSV file's path.
  public let path: String
  /// The last day an event may have.
  public let today: CalendarDate
  /// Check and count, then roll back.
  public var dryRun = false
  /// Where rejected rows go; nil rejects the whole file at its first bad row.
  public var rejectsPath: String?
  /// Called now and then with (bytes read, file size).
  public var progress: ((Int, Int) -> Void)?

  /// How many events go to the log per append call.
  static let batchSize = 2_000
  /// How many rows one transaction takes: an import commits after each
  /// such slice of the file, so that other writers get the book in between
  /// (a slice takes well under a second); see docs/import.md.
  public static let commitRows = 5_000
  /// The pause after each slice but the last, in microseconds.
  static let pauseMicroseconds: UInt32 = 30_000

  /// Creates an importer.
  public init(book: Book, rulesPath: String, path: String, today: CalendarDate) {
    self.book = book
    self.rulesPath = rulesPath
    self.path = path
    self.today = today
  }

  /// Runs the import.
  ///
  /// Without `rejectsPath`, a first pass reads the whole file and stops at
  /// its first bad row before anything is written; the second pass appends
  /// and commits every ``commitRows`` rows. A dry run is one transaction,
  /// rolled back.
  ///
  /// - Throws: ``BookError`` with ``BookError/Code/notFound`` for a missing
  ///   file and ``BookError/Code/badInput`` naming file, line and field for a
  ///   bad rules file or row, or a file with no rows to import; the book is
  ///   unchanged then.
  public func run(context: AppendContext) throws(BookError) -> ImportSummary {
    let rulesText = try Self.readText(rulesPath)
    let raw = try ImportRules.parse(rulesText, file: rulesPath)
    var input = try open(raw)
    let rules = try raw.resolve(
      header: input.header, headerLine: input.headerLine, csv: path, file: rulesPath)
    // A pipe cannot be read twice: its rows are checked as they are written,
    // in one transaction.
    let oneTransaction = dryRun || !input.reader.isRegularFile
    if rejectsPath == nil && !oneTransaction {
      try check(input.reader, rules: rules)
      input = try open(raw)
    }
    var run = ImportRun(
      rules: rules, reader: input.reader, file: path, today: today, context: context,
      rejects: try rejectsPath.map(RejectWriter.init(path:)), progress: progress)
    do {
      if oneTransaction {
        _ = try book.store.write { tx in
          _ = try run.importRows(into: book, tx: tx, limit: nil)
          if dryRun { throw DryRunRollback(summary: run.summary) }
        }
      } else {
        while try book.store.write({ tx in
          try run.importRows(into: book, tx: tx, limit: Self.commitRows)
        }) {
          // A writer waiting on the lock polls it every few tens of
          // milliseconds; without a pause it would rarely find the gap.
          usleep(Self.pauseMicroseconds)
        }
      }
    } catch let rollback as DryRunRollback {
      var summary = rollback.summary
      summary.dryRun = true
      guard summary.rows > 0 else { throw noRows(input) }
      return summary
    } catch let error as BookError {
      throw error
    } catch {
      throw BookError.wrap(error)
    }
    guard run.summary.rows > 0 else { throw noRows(input) }
    return run.summary
  }

  /// The CSV file positioned at its first data row, with its header.
  struct Input {
    var reader: LineReader
    var header: [String]?
    /// The header's line, or the last line skipped.
    var headerLine: Int
  }

  /// Opens the CSV file, skips what the rules say, and reads the header.
  func open(_ raw: RawImportRules) throws(BookError) -> Input {
    let skip = try raw.skip(file: rulesPath)
    let encoding = try raw.encoding(file: rulesPath)
    guard let reader = LineReader(path: path) else {
      throw BookError(.notFound, "cannot open \(path): \(String(cString: strerror(errno)))")
    }
    // Counted, not looped blindly: a skip past the end stops at the end.
    var skipped = 0
    while skipped < skip {
      guard try reader.skip() else {
        throw BookError(
          .badInput,
          "\(path): `skip = \(skip)` in \(rulesPath) skips past the end of the file, which has "
            + "\(Self.lines(skipped)); nothing left to import")
      }
      skipped += 1
    }
    guard raw.hasHeader else { return Input(reader: reader, header: nil, headerLine: skipped) }
    guard let line = try reader.next() else {
      throw BookError(
        .badInput,
        skipped == 0
          ? "\(path): the file is empty; nothing to import"
          : "\(path): no header line after the \(Self.lines(skipped)) skipped; nothing to import")
    }
    var splitter = ImportRules(event: .sale)
    splitter.delimiter = try raw.delimiter(file: rulesPath)
    splitter.encoding = encoding
    let text: [UInt8]
    do {
      text = try splitter.utf8(line, lineNumber: reader.lineNumber, offset: reader.lineOffset)
    } catch {
      throw BookError(.badInput, "\(path):\(reader.lineNumber): \(error)")
    }
    let header = splitter.columns(of: text).map { $0.trimmingBlanks }
    return Input(reader: reader, header: header, headerLine: reader.lineNumber)
  }

  /// The first pass: every row made into its event, nothing written.
  func check(_ reader: LineReader, rules: ImportRules) throws(BookError) {
    while let line = try reader.next() {
      if ImportRun.isBlank(line) { continue }
      do {
        _ = try ImportRun.event(
          line, rules: rules, today: today, lineNumber: reader.lineNumber,
          offset: reader.lineOffset)
      } catch {
        throw BookError(.badInput, "\(path):\(reader.lineNumber): \(error)")
      }
    }
  }

  private func noRows(_ input: Input) -> BookError {
    BookError(
      .badInput,
      input.header == nil
        ? "\(path): no rows after the \(Self.lines(input.headerLine)) skipped; nothing to import"
        : "\(path): no rows after the header (line \(input.headerLine)); nothing to import")
  }

  private static func lines(_ count: Int) -> String { count == 1 ? "1 line" : "\(count) lines" }

  /// A rules file's text: UTF-8 (a byte-order mark dropped), LF or CRLF lines.
  static func readText(_ path: String) throws(BookError) -> String {
    guard let reader = LineReader(path: path) else {
      throw BookError(.notFound, "cannot open \(path): \(String(cString: strerror(errno)))")
    }
    var lines: [String] = []
    while var line = try reader.next() {
      if reader.lineNumber == 1, line.starts(with: ImportRules.byteOrderMark) {
        line.removeFirst(3)
      }
      if let offset = TextEncoding.firstInvalidUTF8(line) {
        throw BookError(
          .badInput,
          "\(path):\(reader.lineNumber): invalid UTF-8 (byte \(ImportRules.hex(line[offset]))) at "
            + "offset \(offset) of the line, \(reader.lineOffset + offset) of the file; a rules "
            + "file is UTF-8")
      }
      lines.append(String(decoding: line, as: UTF8.self))
    }
    return lines.joined(separator: "\n")
  }
}

/// Thrown inside the transaction of a dry run, so that it rolls back.
struct DryRunRollback: Error {
  var summary: ImportSummary
}
