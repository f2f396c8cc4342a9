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

/// Imports a CSV file into a book through a rules file, all or nothing.
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

  /// Creates an importer.
  public init(book: Book, rulesPath: String, path: String, today: CalendarDate) {
    self.book = book
    self.rulesPath = rulesPath
    self.path = path
    self.today = today
  }

  /// Runs the import.
  ///
  /// - Throws: ``BookError`` with ``BookError/Code/notFound`` for a missing
  ///   file and ``BookError/Code/badInput`` naming file, line and field for a
  ///   bad rules file or row; the book is unchanged then.
  public func run(context: AppendContext) throws(BookError) -> ImportSummary {
    let rulesText = try Self.readText(rulesPath)
    let raw = try ImportRules.parse(rulesText, file: rulesPath)
    guard let reader = LineReader(path: path) else {
      throw BookError(.notFound, "cannot open \(path): \(String(cString: strerror(errno)))")
    }
    for _ in 0..<raw.skip { _ = reader.next() }
    var header: [String]?
    if raw.hasHeader, let line = reader.next() {
      var splitter = ImportRules(event: .sale)
      splitter.delimiter = try raw.delimiter(file: rulesPath)
      header = splitter.columns(of: line).map { $0.trimmingBlanks }
    }
    let rules = try raw.resolve(header: header, file: rulesPath)
    var run = ImportRun(
      rules: rules, reader: reader, file: path, today: today, context: context,
      rejects: try rejectsPath.map(RejectWriter.init(path:)), progress: progress)
    do {
      let summary = try book.log.transaction { db in
        try run.importRows(into: book, db: db)
        if dryRun { throw DryRunRollback(summary: run.summary) }
        return run.summary
      }
      return summary
    } catch let rollback as DryRunRollback {
      var summary = rollback.summary
      summary.dryRun = true
      return summary
    } catch let error as BookError {
      throw error
    } catch {
      throw BookError.wrap(error)
    }
  }

  static func readText(_ path: String) throws(BookError) -> String {
    guard let reader = LineReader(path: path) else {
      throw BookError(.notFound, "cannot open \(path): \(String(cString: strerror(errno)))")
    }
    var lines: [String] = []
    while let line = reader.next() { lines.append(String(decoding: line, as: UTF8.self)) }
    return lines.joined(separator: "\n")
  }
}

/// Thrown inside the transaction of a dry run, so that it rolls back.
struct DryRunRollback: Error {
  var summary: ImportSummary
}
