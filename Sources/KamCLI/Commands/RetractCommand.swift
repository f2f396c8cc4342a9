import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam retract`: a compensating event for one event.
struct RetractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retract",
    abstract: "Retract one event: it stops counting, and nothing is deleted.",
    discussion: "Retracting a retraction restores the event it retracted.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The event's sequence number (see kam events).") var seq: Int64
  @Option(help: "Why, for the audit trail.") var reason: String

  func run() throws {
    guard seq >= 1 else {
      throw CLIError.badValue("seq", String(seq), expected: "a sequence number of at least 1")
    }
    guard !reason.isEmpty else { throw CLIError.badValue("--reason", reason, expected: "a reason") }
    let book = try global.openBook()
    let stored = try book.retract(
      SequenceNumber(rawValue: seq), reason: reason, context: global.appendContext())
    try book.catchUp()
    Recorder(global: global).report([stored], "Retracted event \(seq) of \(stored.stream).")
  }
}

/// `kam undo`: takes a whole command back.
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract:
      "Take back every event of a command (default: your last one), with compensating events.",
    discussion: "An import is one command, so one undo takes it back. Undoing an undo restores.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The command id (see kam events).") var commandID: String?

  func run() throws {
    let book = try global.openBook()
    let context = global.appendContext()
    guard
      let command = try commandID.map(CommandID.init(rawValue:))
        ?? book.log.lastCommand(of: context.actor)
    else {
      throw CLIError(.usage, "\(context.actor) has recorded nothing to undo")
    }
    let events = try book.undo(command, reason: "undo of command \(command)", context: context)
    try book.catchUp()
    if global.outputFormat == .json {
      global.console.text(
        JSON.object([
          .init("undone", .string(command.rawValue)),
          .init("retracted", .integer(Int64(events.count))),
          .init("commandId", .string(context.commandID.rawValue)),
        ]).rendered)
    } else {
      global.console.text(
        "Undid command \(command): \(events.count) event\(events.count == 1 ? "" : "s") retracted (command \(context.commandID))."
      )
    }
  }
}
