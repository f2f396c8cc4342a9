import ArgumentParser
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

/// `kam init`: creates the book.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create the book (nothing changes when it exists already).",
    discussion: """
      Examples:
        kam init
        kam init --db eur-book.sqlite --currency EUR
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("The currency of every amount in the book.", valueName: "code"))
  var currency: String = "PLN"

  func validate() throws {
    try CLIError.validating { try global.refusingPointInTime("init", GlobalOptions.recordsNow) }
    try CLIError.validating { _ = try bookCurrency() }
  }

  /// `--currency` as a currency.
  private func bookCurrency() throws -> Currency {
    guard let currency = Currency(rawValue: currency) else {
      throw CLIError.badValue("--currency", currency, expected: "a three-letter code such as PLN")
    }
    return currency
  }

  func run() throws {
    let currency = try bookCurrency()
    let location = BookLocation(global.bookPath)
    if global.isDefaultBookPath { try Self.makeParentDirectory(of: global.bookPath) }
    // An empty file holds nothing to lose: it becomes the book, owner-only, and we say so.
    let tookOver = location == .file(global.bookPath) && Book.isEmptyFile(path: global.bookPath)
    let (book, created) = try location.create(currency: currency, context: global.appendContext())
    // The store's name for it: a server's URL without its password.
    let path = book.location
    try book.catchUp()
    let console = global.console
    global.writer.writeObject([
      .init("path", .string(path)), .init("currency", .string(book.currency.rawValue)),
      .init("created", .bool(created)),
    ]) {
      if created {
        console.line(
          tookOver
            ? "Created the book \(path) in the empty file that was there (currency \(book.currency); now readable by you only)."
            : "Created the book \(path) (currency \(book.currency)).")
      } else {
        console.err(
          "kam: the book \(path) exists already (currency \(book.currency)); nothing changed")
      }
    }
  }

  /// Creates the folders above `path` (mode 700), as `mkdir -p` would.
  static func makeParentDirectory(of path: String) throws {
    var prefix = ""
    let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
    for part in parts {
      prefix += (prefix.isEmpty && path.hasPrefix("/") ? "" : (prefix.isEmpty ? "" : "/")) + part
      if prefix.isEmpty {
        prefix = "/"
        continue
      }
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
        throw CLIError(
          .cannotCreate, "cannot create the folder \(prefix): \(String(cString: strerror(errno)))")
      }
    }
  }
}
