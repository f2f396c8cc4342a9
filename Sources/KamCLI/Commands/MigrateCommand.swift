import ArgumentParser
import KamBook
import KamEventLog

/// `kam migrate`: copies a book between a SQLite file and a PostgreSQL server.
struct MigrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: "Copy a book between SQLite and PostgreSQL, verifying the chain on arrival.",
    discussion: """
      Each book is a path (a SQLite file) or a postgres:// URL (a team book on a server; \
      see docs/postgres.md). The source is verified first and refused when damaged. Every \
      event is copied as it was stored (sequence number, ids, both times, actor, command, \
      payload), so the copy's hash chain is the source's, hash for hash; the copy's \
      projections are then built and the whole copy verified against the source's head. \
      The target must be absent, empty, or an earlier copy of the same book: the copy \
      commits in slices of 5,000 events, so a run cut short is completed by running it \
      again, and a run over a complete copy adds nothing. A target holding any other log \
      is refused and left untouched (exit 65).

      Examples:
        kam migrate --from book.sqlite --to postgres://kam@db.example/sales
        kam migrate --from postgres://kam@db.example/sales --to backup.sqlite
        kam migrate --from book.sqlite --to copy.sqlite
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("The book to copy: a path or a postgres:// URL.", valueName: "BOOK"))
  var from: String

  @Option(
    help: ArgumentHelp(
      "Where to copy it: a path or a postgres:// URL; made when absent.", valueName: "BOOK"))
  var to: String

  func validate() throws {
    try CLIError.validating {
      try global.refusingPointInTime("migrate", GlobalOptions.wholeLog)
      if global.db != nil {
        throw CLIError(
          .usage, "--db means nothing to `kam migrate`: give the books as --from and --to")
      }
      if from == to {
        throw CLIError(.usage, "--from and --to name the same book (\(from)); nothing to copy")
      }
    }
  }

  func run() throws {
    let source = try BookLocation(from).store(create: false)
    let console = global.console
    let report = try Book.migrate(
      from: source, to: { () throws(BookError) in try BookLocation(to).store(create: true) }
    ) { done, total in console.progress("copied \(done) of \(total) events") }
    if console.stderrIsTerminal { console.progress("\u{1B}[2K") }
    global.writer.writeObject([
      .init("from", .string(report.source)), .init("to", .string(report.target)),
      .init("events", .integer(report.events)), .init("copied", .integer(report.copied)),
      .init("headSeq", .integer(report.head.seq.rawValue)),
      .init("headHash", .string(report.head.hexHash)),
    ]) {
      if report.copied == 0 {
        console.line(
          "\(report.target) holds all \(report.events) events of \(report.source) already; "
            + "nothing copied.")
      } else {
        console.line(
          "Copied \(report.copied) of \(report.events) events from \(report.source) to "
            + "\(report.target).")
      }
      console.line("Verified: hash chain intact, head \(report.head).")
    }
  }
}
