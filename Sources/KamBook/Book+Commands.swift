public import KamDomain
public import KamEventLog

/// What a command recorded: the events as stored, and as its decider decided them.
public struct RecordedCommand: Sendable {
  /// The events as the log stored them (a retried event id returns the one stored earlier).
  public var events: [StoredEvent]
  /// The events the decider decided, in order: what a front end reports (a new complaint's id).
  public var decided: [DomainEvent]
  /// Why a projection stopped while catching up, when one did; the events are recorded.
  public var stopped: String?
  /// The client's history the command was decided on (nil for a new stream).
  public var before: ClientHistory?
  /// The client's history with the events folded in: with ``before``, what a
  /// front end compares to say what the command changed, reading nothing more.
  public var after: ClientHistory?
}

extension Book {
  /// Runs a command about one client: decides it against the client's history
  /// and appends what it decided, or throws its refusal (``BookError/Code/refused``).
  ///
  /// The history is read, the command decided and its events appended in one
  /// write transaction, and the append expects the stream version that was
  /// read: the rule is checked against the history the events follow. With
  /// `catchingUp`, the projections are brought up to date in the same
  /// transaction, one sync to disk for a logging command.
  @discardableResult
  public func execute(
    _ command: some ClientCommand, context: AppendContext, catchingUp: Bool = true
  ) throws(BookError) -> RecordedCommand {
    var decided: [DomainEvent] = []
    var before: ClientHistory?
    let decide = { (history: ClientHistory?) throws(BookError) -> [PendingEvent] in
      before = history
      decided = try command.decide(given: history).refusing()
      return decided.map { PendingEvent($0, occurredAt: command.occurredAt) }
    }
    do {
      if catchingUp {
        let (events, after, stopped) = try recordCatchingUp(
          client: command.client, context: context, decide)
        return RecordedCommand(
          events: events, decided: decided, stopped: stopped, before: before, after: after)
      }
      let (events, after) = try store.write { tx in
        try recordFolding(client: command.client, context: context, in: tx, decide)
      }
      return RecordedCommand(
        events: events, decided: decided, stopped: nil, before: before, after: after)
    } catch {
      throw BookError.wrap(error)
    }
  }
}

extension Result where Failure == CommandRefusal {
  /// The decided value, or the refusal as the book's error.
  func refusing() throws(BookError) -> Success {
    switch self {
    case .success(let value): return value
    case .failure(let refusal): throw BookError(refusal)
    }
  }
}
