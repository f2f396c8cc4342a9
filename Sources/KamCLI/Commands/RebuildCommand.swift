import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam rebuild`: refolds every projection from the first event.
struct RebuildCommand: BookWriting {
  static let configuration = CommandConfiguration(
    commandName: "rebuild",
    abstract: "Rebuild the projections from the log, atomically.",
    discussion: """
      The hash chain is checked as the log is read, and the log's end against every record \
      that knows how far it went. A damaged log is refused (exit 1, naming the first bad \
      event) and the projections are left as they were; --force rebuilds from it anyway, \
      with a warning, so that the views show what the damaged log says.

      Examples:
        kam rebuild
        kam rebuild -O json
      """)

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Rebuild even from a damaged log, with a warning naming the damage.")
  var force = false

  func validate() throws {
    try CLIError.validating { try global.refusingPointInTime("rebuild", GlobalOptions.wholeLog) }
  }

  func run() throws {
    // Not caught up first: the rebuild refolds everything anyway, and checks the log.
    let book = try global.openBook(catchingUp: false)
    let damage = try book.rebuild(force: force)
    let last = try book.lastSequence()
    if let damage { global.console.err("kam: warning: \(damage)") }
    global.writer.writeObject([
      .init("events", .integer(last.rawValue))
    ]) { global.console.line("Rebuilt the projections from \(last) events.") }
  }
}
