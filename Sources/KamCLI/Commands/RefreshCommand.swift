import ArgumentParser
import KamBook
import KamEventLog
import KamTime

/// `kam refresh`: evaluates and keeps the day's listings, so the next queries read them.
struct RefreshCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "refresh",
    abstract: "Keep today's listings of the log as it stands, so that the next queries read them.",
    discussion: """
      The client listing (kam clients, kam key-accounts, kam show) and the risk listing \
      (kam risk, kam explain) are evaluated with the purchase models and kept against the \
      log's last event: what the first query after a write would compute and keep itself, \
      only earlier. A listing is never read once the log has moved past it, so a refresh \
      changes no answer, only when it is paid for.

      kam runs this itself after each command that writes to a SQLite book, in the \
      background and at low priority, once the book has been quiet for a quarter of a \
      second; $KAM_REFRESH=off turns that off. Run it by hand after a batch of writes made \
      with it off, or for another day (--as-of).

      Examples:
        kam refresh
        kam refresh --as-of 2026-06-30 -O json
      """)

  @OptionGroup var global: GlobalOptions

  /// The background run kam starts after a write: waits for the book to be quiet, and
  /// gives way to any other refresh of the same book.
  @Flag(help: .hidden) var afterWrite = false

  func validate() throws {
    try CLIError.validating {
      try global.refusingKnownAt("refresh", "only the log as it stands is kept")
    }
  }

  func run() throws {
    if afterWrite {
      BackgroundRefresh.refreshWhenQuiet(global)
      return
    }
    let book = try global.openBook()
    let summary = try book.refresh(on: try global.evaluationDate())
    if !summary.kept {
      global.console.err(
        "kam: warning: the log moved on, or another kam kept the book busy, while refreshing;"
          + " the next query evaluates again")
    }
    global.writer.writeObject([
      .init("date", .string(summary.date.description)),
      .init("seq", .integer(summary.head.rawValue)),
      .init("clients", .integer(Int64(summary.clients))),
      .init("risks", .integer(Int64(summary.risks))),
      .init("kept", .bool(summary.kept)),
    ]) {
      let clients = "\(summary.clients) client" + (summary.clients == 1 ? "" : "s")
      let risks = "\(summary.risks) risk row" + (summary.risks == 1 ? "" : "s")
      global.console.line(
        "Kept the listings of \(summary.date) at event \(summary.head): \(clients), \(risks).")
    }
  }
}
