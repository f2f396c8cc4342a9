import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam import`: brings history in from a CSV file.
struct ImportCommand: BookWriting {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a CSV of events through a rules file (see docs/import.md).",
    discussion: """
      Each row's event id is derived from its content and its position among identical \
      rows, so importing the same file again, or one that overlaps it, adds nothing twice. \
      A bad row rejects the whole file before anything is written (exit 65, naming file, \
      line and field) unless --skip-bad is given; so does a file with no rows to import. \
      Rows are committed 5,000 at a time, so other writers get in between, and an \
      interrupted import completes when run again. The whole import is one command: \
      `kam undo` takes it back.

      Examples:
        kam import sales.csv --rules sales.rules --dry-run
        kam import sales.csv --rules sales.rules
        kam import sales.csv --rules sales.rules --skip-bad --rejects rejects.csv
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The CSV file.") var file: String
  @Option(help: ArgumentHelp("The rules file mapping columns to fields.", valueName: "rules"))
  var rules: String
  @Flag(help: "Check the file and count what would be added, without writing.") var dryRun = false

  var writtenBook: String? { dryRun ? nil : global.bookPath }
  @Flag(help: "Import the good rows and write the bad ones, with reasons, to --rejects.")
  var skipBad = false
  @Option(
    help: ArgumentHelp(
      "Where --skip-bad writes rejected rows (default: FILE.rejects.csv).", valueName: "path"))
  var rejects: String?

  func validate() throws {
    try CLIError.validating {
      try global.refusingPointInTime("import", "it records now; the rows give their days")
    }
  }

  func run() throws {
    let book = try global.openBook()
    var importer = Importer(
      book: book, rulesPath: rules, path: file, today: try global.currentDate())
    importer.dryRun = dryRun
    if skipBad { importer.rejectsPath = rejects ?? file + ".rejects.csv" }
    let console = global.console
    if console.stderrIsTerminal {
      importer.progress = { read, size in
        let percent = size > 0 ? read * 100 / size : 0
        let filled = percent / 5
        console.progress(
          "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
            + "] \(percent)%")
      }
    }
    let summary = try importer.run(context: global.appendContext())
    if console.stderrIsTerminal { console.progress("\u{1B}[2K") }
    try book.catchUp()
    global.writer.writeObject([
      .init("rows", .integer(Int64(summary.rows))),
      .init("added", .integer(Int64(summary.added))),
      .init("duplicates", .integer(Int64(summary.duplicates))),
      .init("clientsAdded", .integer(Int64(summary.clientsAdded))),
      .init("rejected", .integer(Int64(summary.rejected))),
      .init("dryRun", .bool(summary.dryRun)),
    ]) {
      let verb = summary.dryRun ? "Would add" : "Added"
      console.line(
        "\(verb) \(summary.added) events from \(summary.rows) rows of \(file) "
          + "(\(summary.clientsAdded) new clients, \(summary.duplicates) already in the book"
          + (summary.rejected > 0
            ? ", \(summary.rejected) rejected to \(importer.rejectsPath ?? "")" : "")
          + ").")
    }
  }
}
