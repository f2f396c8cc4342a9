import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam undo`: takes a whole command back; `--redo` takes back an undo.
struct UndoCommand: BookWriting {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract:
      "Take back your last command with compensating events; again for the one before it.",
    discussion: """
      Repeated, `kam undo` walks back through your own commands ($KAM_ACTOR, else your user \
      name), newest first; a colleague's commands are never taken back unless you name one. \
      An import is one command, so one undo takes it back. `kam undo --redo` takes back your \
      last undo, restoring what it removed; after any other new command there is nothing to \
      redo. Nothing is deleted: an undo appends retractions, a redo retracts them. Commands \
      that touched no client (policy changes, decisions) are passed over.

      Examples:
        kam undo
        kam undo --redo
        kam undo -O json
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "A command id to take back (see kam events); default: your last one.")
  var commandID: String?
  @Flag(help: "Take back your last undo instead: restore what it removed.") var redo = false

  func validate() throws {
    try CLIError.validating { try global.refusingPointInTime("undo", GlobalOptions.recordsNow) }
    if redo, let commandID {
      throw ValidationError(
        "--redo takes back your last undo and takes no command id (got \(commandID))")
    }
  }

  func run() throws {
    let book = try global.openBook()
    let context = global.appendContext()
    let history = try book.undoHistory(of: context.actor)
    if redo {
      try self.redo(book, history, context)
      return
    }
    guard
      let command = commandID.map(CommandID.init(rawValue:)) ?? history.nextUndo
    else {
      throw CLIError(.usage, "\(context.actor) has nothing left to undo")
    }
    let summary = try book.summary(of: command)
    let events = try book.undo(
      command, reason: "undo of command \(command)", context: context)
    try book.catchUp()
    report(
      json: [
        .init("undone", .string(command.rawValue)),
        .init("retracted", .integer(Int64(events.count))),
      ], context: context,
      "Undid command \(command) (\(summary)): retracted \(Self.count(events.count)).")
  }

  private func redo(_ book: Book, _ history: UndoHistory, _ context: AppendContext) throws {
    guard let redo = history.nextRedo else {
      if let ended = history.redoEndedBy {
        throw CLIError(
          .usage,
          "nothing to redo: your command \(ended) came after your last undo")
      }
      throw CLIError(.usage, "\(context.actor) has nothing to redo")
    }
    let summary = try book.summary(of: redo.restores)
    let events = try book.undo(
      redo.undo, reason: "redo of command \(redo.restores) (takes back undo \(redo.undo))",
      context: context)
    try book.catchUp()
    report(
      json: [
        .init("redone", .string(redo.restores.rawValue)),
        .init("undo", .string(redo.undo.rawValue)),
        .init("restored", .integer(Int64(events.count))),
      ], context: context,
      "Redid command \(redo.restores) (\(summary)): restored \(Self.count(events.count)).")
  }

  private func report(json fields: [JSON.Member], context: AppendContext, _ line: String) {
    global.writer.writeObject(
      fields + [.init("commandId", .string(context.commandID.rawValue))]
    ) { global.console.text(line) }
  }

  static func count(_ events: Int) -> String { "\(events) event\(events == 1 ? "" : "s")" }
}
