package import KamEventLog

/// One command of an actor as ``UndoHistory`` sees it: how many events it
/// appended, how many were retractions and how many were about clients, and
/// the causation its events share (an undo names the command it took back).
package struct CommandTally: Hashable, Sendable {
  /// The command.
  package var command: CommandID
  /// Its events.
  package var events: Int64
  /// Of them, retractions.
  package var retractions: Int64
  /// Of them, events in a client's stream.
  package var clientEvents: Int64
  /// The causation id, when every event has the same one.
  package var causation: String?

  /// Creates a tally.
  package init(
    command: CommandID, events: Int64, retractions: Int64, clientEvents: Int64,
    causation: String?
  ) {
    self.command = command
    self.events = events
    self.retractions = retractions
    self.clientEvents = clientEvents
    self.causation = causation
  }
}
