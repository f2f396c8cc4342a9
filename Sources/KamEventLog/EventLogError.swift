/// An error of the event log, with a code to match on and a message for people.
public struct EventLogError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of failure this is.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    let name: String
    /// A stream was not at the version the append expected.
    public static let wrongExpectedVersion = Code(name: "wrong expected version")
    /// The book was written by a newer kam, or is not a kam book at all.
    public static let incompatibleBook = Code(name: "incompatible book")
    /// The book file does not exist.
    public static let bookNotFound = Code(name: "book not found")
    /// The book file could not be created.
    public static let cannotCreateBook = Code(name: "cannot create book")
    /// An event could not be upcast to the version the reader understands.
    public static let upcastFailed = Code(name: "upcast failed")
    /// An append was malformed (empty type, version below 1).
    public static let invalidEvent = Code(name: "invalid event")
    public var description: String { name }
  }

  /// What kind of failure this is.
  public var code: Code
  /// One line for people.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var description: String { message }
}
