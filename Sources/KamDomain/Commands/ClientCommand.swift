public import KamTime

/// A command about one client: decided against the client's history, it
/// either records events in the client's stream or is refused.
///
/// The decision is pure: everything it needs (the history, the business time)
/// is given, so the book can run it inside the transaction that appends its
/// events, and a test can run it on a history built by hand.
public protocol ClientCommand: Sendable {
  /// The client: the stream the events go to.
  var client: ClientSlug { get }
  /// When it happened: the business time of the events it records.
  var occurredAt: Instant { get }

  /// Refuses what no history could make right; nil when the command is
  /// well-formed. ``decide(given:)`` asks it first, and a front end may ask
  /// it before it opens a book.
  func validate() -> CommandRefusal?

  /// The events to record, given the client's history (nil when its stream is
  /// empty), or why not.
  func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal>
}

extension ClientCommand {
  public func validate() -> CommandRefusal? { nil }

  /// The history of a registered client once ``validate()`` passes; else the
  /// first refusal: the command's own, or the one every command about an
  /// existing client gives.
  func registered(_ history: ClientHistory?) -> Result<ClientHistory, CommandRefusal> {
    if let refusal = validate() { return .failure(refusal) }
    guard let history, history.isRegistered else {
      return .failure(CommandRefusal(.unknownClient, "no client \"\(client)\" in the book"))
    }
    return .success(history)
  }
}
