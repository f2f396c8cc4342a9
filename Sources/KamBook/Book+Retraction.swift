import KamDomain
public import KamEventLog
import KamTime

extension Book {
  /// Retracts one client event: appends a compensating event to its stream.
  ///
  /// Nothing is deleted; the retracted event stops counting in every
  /// projection. Retracting a retraction restores the event it retracted.
  @discardableResult
  public func retract(_ seq: SequenceNumber, reason: String, context: AppendContext)
    throws(BookError)
    -> StoredEvent
  {
    try BookError.catching {
      let command = Retract(seq: seq.rawValue, reason: reason, occurredAt: context.recordedAt)
      let (target, logEnd) = try store.reading { tx in
        (
          try tx.event(at: seq).map { Retract.Target(stream: $0.stream.rawValue, type: $0.type) },
          try tx.lastSequence().rawValue
        )
      }
      let client = try command.client(of: target, logEnd: logEnd).refusing()
      let stored = try record(client: client, context: context) { history throws(BookError) in
        try command.decide(given: history).refusing().map {
          PendingEvent($0, occurredAt: command.occurredAt)
        }
      }
      return stored[0]
    }
  }

  /// Takes a whole command back: retracts each of its events that still counts.
  ///
  /// The undo is one command itself, so undoing it restores what it took back
  /// (that is how `kam undo --redo` works). Each retraction names `command` as
  /// its causation, which is how ``undoHistory(of:)`` tells an undo from a
  /// plain retraction.
  public func undo(_ command: CommandID, reason: String, context: AppendContext) throws(BookError)
    -> [StoredEvent]
  {
    try BookError.catching {
      let events = try store.reading { tx in try tx.events(of: command) }
      guard !events.isEmpty else {
        throw BookError(.badArgument, "there is no command \(command) in the book")
      }
      do {
        return try store.write { tx in
          var histories: [ClientSlug: ClientHistory] = [:]
          var pending: [NewEvent] = []
          for event in events {
            guard let client = ClientSlug(rawValue: event.stream.rawValue) else { continue }
            if histories[client] == nil { histories[client] = try history(of: client, in: tx).0 }
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
          return try tx.append(pending, context: context).events
        }
      } catch  where BookError.isLowerLayer(error) {
        throw BookError.wrap(error)
      }
    }
  }
}
