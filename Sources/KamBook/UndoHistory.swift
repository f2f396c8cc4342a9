public import KamEventLog

/// Where one actor stands in `kam undo`: which command an undo takes back
/// next, and which undo a redo takes back.
///
/// It is read from the log, newest command last, as a stack: every command
/// of the actor that touched a client is pushed; an undo (a command of
/// retractions whose causation is the command it took back) pops its target
/// and may be redone; a redo (an undo of an undo) pushes the target back.
/// Any other new command ends what can be redone, as in an editor: restoring
/// an old command over newer ones could contradict them.
public struct UndoHistory: Sendable, Hashable {
  /// An undo that `kam undo --redo` can take back.
  public struct Redo: Sendable, Hashable {
    /// The undo command.
    public var undo: CommandID
    /// The command it took back, which the redo restores.
    public var restores: CommandID
  }

  /// One command as the log shows it.
  public struct Entry: Sendable, Hashable {
    /// The command.
    public var command: CommandID
    /// Whether any of its events is in a client's stream (only those can be undone).
    public var touchesClients: Bool
    /// For an undo or redo: the command it took back.
    public var takesBack: CommandID?

    /// Creates an entry.
    public init(command: CommandID, touchesClients: Bool, takesBack: CommandID? = nil) {
      self.command = command
      self.touchesClients = touchesClients
      self.takesBack = takesBack
    }
  }

  /// The actor's commands in force, oldest first; the last is undone next.
  public private(set) var done: [CommandID] = []
  /// The undos that can be redone, oldest first; the last is redone next.
  public private(set) var redoable: [Redo] = []
  /// The command that ended the chain of redos, when it was not an undo or redo.
  public private(set) var redoEndedBy: CommandID?
  /// Every command an undo has taken back, by the original command.
  private var undone: Set<CommandID> = []
  /// For each undo and redo, the original command it is about.
  private var original: [CommandID: CommandID] = [:]

  /// The command `kam undo` takes back next.
  public var nextUndo: CommandID? { done.last }
  /// The undo `kam undo --redo` takes back next.
  public var nextRedo: Redo? { redoable.last }

  /// Folds the actor's commands, oldest first.
  public init(_ entries: [Entry]) {
    for entry in entries { apply(entry) }
  }

  private mutating func apply(_ entry: Entry) {
    guard let target = entry.takesBack else {
      if entry.touchesClients { done.append(entry.command) }
      redoable.removeAll()
      redoEndedBy = entry.command
      return
    }
    let base = original[target] ?? target
    original[entry.command] = base
    if undone.remove(base) != nil {
      done.append(base)
      redoable.removeAll { $0.restores == base }
    } else {
      undone.insert(base)
      done.removeAll { $0 == base }
      redoable.append(Redo(undo: entry.command, restores: base))
      redoEndedBy = nil
    }
  }
}
