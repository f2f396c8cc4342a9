import KamDomain
public import KamEventLog
import KamTime

extension Book {
  /// The reason an undo's retractions carry: `undo of command X`.
  static let undoReasonPrefix = "undo of command "

  /// Where `actor` stands in undo and redo (see ``UndoHistory``).
  ///
  /// Only the actor's own commands count: `kam undo` walks back what you did,
  /// never what a colleague did since.
  public func undoHistory(of actor: String) throws(BookError) -> UndoHistory {
    do {
      let rows = try store.read { tx in try tx.commandTallies(of: actor) }
      let entries = try rows.map { row in
        var entry = UndoHistory.Entry(command: row.command, touchesClients: row.clientEvents > 0)
        if row.retractions == row.events {
          entry.takesBack =
            try row.causation.map(CommandID.init(rawValue:))
            ?? legacyUndoTarget(row.command)
        }
        return entry
      }
      return UndoHistory(entries)
    } catch let error as BookError {
      throw error
    } catch {
      throw BookError.wrap(error)
    }
  }

  /// The command an undo written before undos named their causation took
  /// back, read from its reason; nil for a plain `kam retract`.
  private func legacyUndoTarget(_ command: CommandID) throws -> CommandID? {
    guard let first = try store.read({ tx in try tx.events(of: command) }).first,
      case .eventRetracted(let retraction) = try DomainEvent(first),
      retraction.reason.hasPrefix(Self.undoReasonPrefix)
    else { return nil }
    return CommandID(rawValue: String(retraction.reason.dropFirst(Self.undoReasonPrefix.count)))
  }

  /// A short description of what a command recorded, for messages:
  /// `sale-recorded acme 200.00, 2026-11-20`, and how many more events it had.
  public func summary(of command: CommandID) throws(BookError) -> String {
    let events = try store.reading { tx in try tx.events(of: command) }
    let clientEvents = events.filter { ClientSlug(rawValue: $0.stream.rawValue) != nil }
    guard let first = clientEvents.first ?? events.first else { return "no events" }
    var text = "\(first.type) \(first.stream)"
    if case .saleRecorded(let sale) = try? DomainEvent(first) { text += " \(sale.amount)" }
    text += ", \(first.occurredAt.date)"
    let more = clientEvents.count - 1
    if more > 0 { text += ", and \(more) more event\(more == 1 ? "" : "s")" }
    return text
  }
}
