import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam rebuild`: refolds every projection from the first event.
struct RebuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rebuild",
    abstract: "Rebuild the projections from the log, atomically.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let book = try Book(path: global.bookPath)
    try book.rebuild()
    let last = try book.log.lastSequence()
    if global.outputFormat == .json {
      global.console.line(JSON.object([.init("events", .integer(last.rawValue))]).rendered)
    } else {
      global.console.line("Rebuilt the projections from \(last) events.")
    }
  }
}
