/// Why a decider refused a command: a code to act on, and the words of the message.
///
/// A decider returns one instead of throwing, so that a test can compare it and a
/// front end can map its code to an answer (the command line: one line and exit 64).
public struct CommandRefusal: Error, Hashable, Sendable, CustomStringConvertible {
  /// The kind of refusal.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    let name: String
    /// The client is not registered (or its registration was retracted).
    public static let unknownClient = Code(name: "unknown client")
    /// A client with this slug is registered already.
    public static let clientExists = Code(name: "client exists")
    /// A sale of nothing that does not say the goods were given free.
    public static let zeroAmount = Code(name: "zero amount")
    /// A free delivery with an amount above zero.
    public static let chargedFreeDelivery = Code(name: "charged free delivery")
    /// The client has no complaint with this id that counts.
    public static let unknownComplaint = Code(name: "unknown complaint")
    /// The complaint's standing resolution is recorded already.
    public static let resolvedAlready = Code(name: "resolved already")
    /// The client has no initiative with this id that counts.
    public static let unknownInitiative = Code(name: "unknown initiative")
    /// A day before the start of what it resolves or ends (a complaint's
    /// filing, an initiative's first day).
    public static let beforeStart = Code(name: "before start")
    /// The log has no event at this sequence number.
    public static let unknownEvent = Code(name: "unknown event")
    /// The event is not about a client (a policy change, a decision) and
    /// cannot be retracted.
    public static let notAboutClient = Code(name: "not about a client")
    /// The event is retracted already.
    public static let retractedAlready = Code(name: "retracted already")

    /// A rename, reassignment or segment change to the value the client has already.
    public static let unchanged = Code(name: "unchanged")
    /// An empty name, owner or segment.
    public static let emptyValue = Code(name: "empty value")

    public var description: String { name }
  }

  /// The kind of refusal.
  public var code: Code
  /// What was refused and why, naming the command's inputs.
  public var words: Words

  /// Creates a refusal.
  public init(_ code: Code, _ words: Words) {
    self.code = code
    self.words = words
  }

  /// The message with each input under its own name ("on 2026-01-01 is before …").
  public var message: String { words.rendered { $0 } }

  /// The message with each input named as a front end names it (`--on` on the command line).
  public func message(naming input: (String) -> String) -> String { words.rendered(naming: input) }

  public var description: String { message }
}
