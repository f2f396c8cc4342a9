import ArgumentParser
import KamBook
import KamBookSQLite
import KamDomain
import KamSimulation
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kam demo`: a new book filled with a realistic simulated history.
struct DemoCommand: BookWriting {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Fill a new book with a realistic simulated history (see docs/simulation.md).",
    discussion: """
      Simulates 3 to 6 account owners and their clients over --years years up to today \
      (--today pins it): heavy-tailed sales, meetings, complaints, negotiations, joint \
      initiatives and assessments. Owners chase new business for months at a time and \
      skip visits to loyal clients, who then leave more often; about 7 % of events are \
      entered days or weeks late. The same --seed and --today give a byte-identical book.

      The book is --db, default kam-demo.sqlite in the working folder ($KAM_DB is not \
      used, so a demo never lands in your real book). What really happened (acquisition \
      pushes, neglect, churn, each account's latent fit) goes beside it to NAME.truth.csv. An existing file is \
      refused (exit 73); --force replaces a book that kam demo made (or an empty file), \
      and never another file. The book is built under a hidden draft name beside it and \
      appears only when whole, so an interrupted demo leaves no partial book.

      Examples:
        kam demo --db demo.sqlite --clients 40 --years 2
        kam demo --db demo.sqlite --clients 40 --seed 7 --today 2026-11-28
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: ArgumentHelp("Accounts to simulate: clients and prospects.", valueName: "n"))
  var clients = "200"
  @Option(help: ArgumentHelp("Years of history.", valueName: "n")) var years = "3"
  @Option(help: ArgumentHelp("The random seed.", valueName: "n")) var seed = "1"
  @Flag(help: "Replace an existing book made by kam demo.") var force = false

  /// The book's path when --db is not given.
  static let defaultPath = "kam-demo.sqlite"

  /// The demo book: --db, else ``defaultPath``; never $KAM_DB's.
  var bookPath: String { global.db ?? Self.defaultPath }

  var writtenBook: String? { bookPath }

  func validate() throws {
    try CLIError.validating {
      try global.refusingPointInTime("demo", "it simulates a history up to today (--today pins it)")
      try global.refusingCSV("demo", "use -O json")
    }
    try CLIError.validating {
      _ = try configuration()
    }
  }

  func run() throws {
    let config = try configuration()
    let path = bookPath
    let truthPath = Book.truthPath(for: path)
    try clear(path, truthPath: truthPath)
    let console = global.console
    let summary = try Book.simulate(config, at: path, truthPath: truthPath) { day in
      console.progress("simulating… \(day)")
    }
    if console.stderrIsTerminal { console.progress("\u{1B}[2K") }
    let book = try Book(path: path)
    try book.catchUp()
    let report = try DemoSummary(book: book, simulation: summary, truthPath: truthPath)
    report.print(format: global.outputFormat, console: console)
  }

  /// The simulation's knobs from the options, each checked with a one-line message.
  func configuration() throws -> SimulationConfig {
    func number(_ text: String, _ option: String, _ range: ClosedRange<Int>) throws -> Int {
      guard let value = Int(text), range.contains(value) else {
        throw CLIError.badValue(
          option, text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
      }
      return value
    }
    let clients = try number(clients, "--clients", 1...SimulationConfig.maxClients)
    let years = try number(years, "--years", 1...SimulationConfig.maxYears)
    guard let seed = UInt64(seed) else {
      throw CLIError.badValue("--seed", seed, expected: "a whole number from 0 to \(UInt64.max)")
    }
    return SimulationConfig(
      seed: seed, clients: clients, years: years, endDate: try global.currentDate())
  }

  /// Makes room for the book: refuses an existing file unless --force and it
  /// is a demo book or an empty file (what a demo killed by an older kam left).
  /// Links are refused before anything is removed.
  private func clear(_ path: String, truthPath: String) throws {
    for (file, what) in [(path, "the demo book"), (truthPath, "the truth file")]
    where Book.isSymbolicLink(path: file) {
      throw CLIError(
        .cannotCreate,
        "\(file) is a symbolic link; kam does not write \(what) through one (remove it or choose another path)"
      )
    }
    guard access(path, F_OK) == 0 else { return }
    guard force else {
      throw CLIError(
        .cannotCreate,
        "\(path) exists already; pass --force to replace a demo book, or choose another --db")
    }
    guard Book.isEmptyFile(path: path) || Book.isSimulated(path: path) else {
      throw CLIError(
        .cannotCreate, "\(path) is not a book made by kam demo; --force replaces only those")
    }
    Book.removeFiles(of: path)
    unlink(truthPath)
  }
}
