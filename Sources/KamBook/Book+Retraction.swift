import KamDomain
public import KamEventLog
import KamSQLite
import KamTime

extension Book {
  /// Retracts one client event: appends a compensating event to its stream.
  ///
  /// Nothing is deleted; the retracted event stops counting in every
  /// projection. Retracting a retraction restores the event it retracted.
  @discardableResult
  public func retract(_ seq: SequenceNumber, reason: String, context: AppendContext) throws
    -> StoredEvent
  {
    guard let target = try log.event(at: seq) else {
      throw BookError(
        .badArgument, "there is no event \(seq) (the log has \(try log.lastSequence()))")
    }
    guard let client = ClientSlug(rawValue: target.stream.rawValue) else {
      throw BookError(
        .badArgument,
        "event \(seq) (\(target.type)) is not about a client and cannot be retracted"
          + (target.type == PolicyChanged.type ? "; put another policy in force instead" : ""))
    }
    let stored = try record(client: client, context: context) { history in
      if let history, history.isRetracted(seq.rawValue) {
        throw BookError(.badArgument, "event \(seq) is retracted already")
      }
      return [
        PendingEvent(
          .eventRetracted(EventRetracted(seq: seq.rawValue, reason: reason)),
          occurredAt: context.recordedAt)
      ]
    }
    return stored[0]
  }

  /// Takes a whole command back: retracts each of its events that still counts.
  ///
  /// The undo is one command itself, so undoing it restores what it took back
  /// (that is how `kam undo --redo` works). Each retraction names `command` as
  /// its causation, which is how ``undoHistory(of:)`` tells an undo from a
  /// plain retraction.
  public func undo(_ command: CommandID, reason: String, context: AppendContext) throws
    -> [StoredEvent]
  {
    let events = try log.events(of: command)
    guard !events.isEmpty else {
      throw BookError(.badArgument, "there is no command \(command) in the book")
    }
    do {
      return try log.transaction { db in
        var histories: [ClientSlug: ClientHistory] = [:]
        var pending: [NewEvent] = []
        for event in events {
          guard let client = ClientSlug(rawValue: event.stream.rawValue) else { continue }
          if histories[client] == nil { histories[client] = try history(of: client, in: db).0 }
          if histories[client]?.isRetracted(event.seq.rawValue) == true { continue }
          let retraction = DomainEvent.eventRetracted(
            EventRetracted(seq: event.seq.rawValue, reason: reason))
          pending.append(
            NewEvent(
              stream: event.stream, type: retraction.type, typeVersion: retraction.version,
              occurredAt: context.recordedAt, payload: retraction.payloadBytes,
              causationID: command.rawValue))
        }
        guard !pending.isEmpty else {
          throw BookError(.badArgument, "command \(command) has nothing left to undo")
        }
        return try log.append(pending, context: context, in: db).events
      }
    } catch  where BookError.isLowerLayer(error) {
      throw BookError.wrap(error)
    }
  }
}
