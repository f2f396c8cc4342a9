public import KamDomain

/// Why a book operation failed, in terms a command line can act on.
public struct BookError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The kind of failure; the CLI maps each to an exit status.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    let name: String
    /// A value given on the command line is wrong (exit 64).
    public static let badArgument = Code(name: "bad argument")
    /// Input data (a CSV row, a rules or policy file) is wrong (exit 65).
    public static let badInput = Code(name: "bad input")
    /// The book or an input file does not exist (exit 66).
    public static let notFound = Code(name: "not found")
    /// The book cannot be created (exit 73).
    public static let cannotCreate = Code(name: "cannot create")
    /// Reading or writing failed (exit 74).
    public static let io = Code(name: "I/O error")
    /// The book is busy or changed under us; try again (exit 75).
    public static let retry = Code(name: "try again")
    /// The book is damaged or newer than this kam (exit 65).
    public static let incompatible = Code(name: "incompatible book")
    /// A check of the log found it changed behind kam's back, and the operation
    /// refused to go on (exit 1, as `kam verify` does).
    public static let damaged = Code(name: "damaged log")
    /// A decider refused the command; ``BookError/refusal`` says why (exit 64).
    public static let refused = Code(name: "refused")
    /// Something kam did not expect: a bug (exit 70). The message says so.
    public static let bug = Code(name: "bug")
    public var description: String { name }
  }

  /// The kind of failure.
  public var code: Code
  /// One line for people: what was wrong, where, and what was expected.
  public var message: String
  /// The decider's refusal, for code ``Code/refused``: a front end words it its own way.
  public var refusal: CommandRefusal?

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// A command the domain refused.
  public init(_ refusal: CommandRefusal) {
    self.init(.refused, refusal.message)
    self.refusal = refusal
  }

  public var description: String { message }
}
