import KamBook
import KamDomain
import KamTime

extension GlobalOptions {
  /// How tables are laid out in this invocation.
  var tableStyle: TableStyle { TableStyle(console: console, wide: wide) }

  /// The writer of lists in the format asked for, tables in this invocation's style.
  var writer: RecordWriter {
    RecordWriter(format: outputFormat, console: console, style: tableStyle)
  }

  /// Prints a table for people, through the pager on a terminal.
  func printTable(_ table: PeopleTable) {
    console.startPager()
    console.out(tableStyle.renderer.render(table))
  }

  /// The book as a title names it: a file's name, or a server's host and
  /// database (never its user or password).
  var bookLabel: String {
    let path = bookPath
    switch BookLocation(path) {
    case .file:
      return path.split(separator: "/").last.map(String.init) ?? path
    case .server(let url):
      let afterScheme = url.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
      var rest = afterScheme.count == 3 ? afterScheme[2] : Substring(url)
      if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
      let query = rest.firstIndex(of: "?").map { rest[rest.index(after: $0)...] } ?? ""
      if let mark = rest.firstIndex(of: "?") { rest = rest[..<mark] }
      let book = query.split(separator: "&").first { $0.hasPrefix("book=") }
      return String(rest) + (book.map { " (\($0.dropFirst(5)))" } ?? "")
    }
  }

  /// The title's common parts: the book, the as-of day (and the instant known at),
  /// and where amounts are shown, the currency.
  func titleParts(_ what: String, date: CalendarDate, currency: Currency?) throws -> [String] {
    var parts = [what + " in " + bookLabel, "as of \(date)"]
    if let knownAt = try knownAtInstant() { parts[1] += " as known at \(knownAt)" }
    if let currency { parts.append("Amounts in \(currency.rawValue)") }
    return parts
  }

  /// The value window ending on `date`, in words: "value over 2025-11-29 to 2026-11-28 (365 days)".
  static func windowPart(_ date: CalendarDate, policy: Policy) -> String {
    let window = ValueWindow(endingOn: date, policy: policy)
    return "value over \(window.first) to \(window.end) (\(window.days) days)"
  }
}
