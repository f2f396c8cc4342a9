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

/// The CDNOW master file through kam's own import, into a scratch book that is removed
/// again: what the holdout checks read.
enum CDNOWBook {
  /// Every customer's history and the book's policy, from `master` imported with
  /// tools/import/cdnow.rules (run from the repository's root, as tools/ scripts do).
  static func histories(master: String, check: String) throws -> (
    histories: [ClientHistory], policy: Policy
  ) {
    let rules = "tools/import/cdnow.rules"
    guard access(rules, R_OK) == 0, access(master, R_OK) == 0 else {
      throw BenchError("\(check) needs \(rules) and \(master): run it from the repository's root")
    }
    let bookPath = scratch(check)
    defer { remove(bookPath) }
    let (book, _) = try Book.create(
      path: bookPath, currency: Currency(rawValue: "USD")!, context: AppendContext(actor: "bench"))
    let importer = Importer(
      book: book, rulesPath: rules, path: master, today: CalendarDate(iso: "2026-11-28")!)
    _ = try importer.run(context: AppendContext(actor: "bench"))
    return (Array(try book.histories().values), try book.policy())
  }
}
