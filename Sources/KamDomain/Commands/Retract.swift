public import KamTime

/// Retract one event of a client's stream: it stops counting, and nothing is deleted.
///
/// Retracting a retraction restores the event it retracted. The client need not
/// be registered: retracting the retraction of a registration is how a
/// registration is brought back.
public struct Retract: Hashable, Sendable {
  /// The event to retract.
  public var seq: Int64
  /// Why, for the audit trail.
  public var reason: String
  /// When: the retraction's business time is when it was made.
  public var occurredAt: Instant

  /// Retracts event `seq` at `occurredAt`.
  public init(seq: Int64, reason: String, occurredAt: Instant) {
    self.seq = seq
    self.reason = reason
    self.occurredAt = occurredAt
  }

  /// The event at ``seq`` as the log holds it: its stream and type.
  public struct Target: Hashable, Sendable {
    public var stream: String
    public var type: String

    /// The event's stream and type.
    public init(stream: String, type: String) {
      self.stream = stream
      self.type = type
    }
  }

  /// The client whose stream holds the event, so the retraction goes there;
  /// refuses an event the log does not have (`target` nil; `logEnd` is its
  /// last sequence number) or one that is not about a client.
  public func client(of target: Target?, logEnd: Int64) -> Result<ClientSlug, CommandRefusal> {
    guard let target else {
      return .failure(
        CommandRefusal(.unknownEvent, "there is no event \(seq) (the log has \(logEnd))"))
    }
    guard let client = ClientSlug(rawValue: target.stream) else {
      let hint = target.type == PolicyChanged.type ? "; put another policy in force instead" : ""
      return .failure(
        CommandRefusal(
          .notAboutClient,
          "event \(seq) (\(target.type)) is not about a client and cannot be retracted\(hint)"))
    }
    return .success(client)
  }

  /// The retraction, given the history of the client whose stream holds the event.
  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    if let history, history.isRetracted(seq) {
      return .failure(CommandRefusal(.retractedAlready, "event \(seq) is retracted already"))
    }
    return .success([.eventRetracted(EventRetracted(seq: seq, reason: reason))])
  }
}
