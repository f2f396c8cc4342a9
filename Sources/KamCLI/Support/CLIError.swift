/// A failure the command line reports with one line and an exit status.
public struct CLIError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The documented exit statuses (see `kam --help` and the README).
  public struct Code: Hashable, Sendable {
    /// The exit status.
    public let status: Int32
    /// A check found a problem (`kam verify`).
    public static let checkFailed = Code(status: 1)
    /// Bad command line: unknown option, bad value.
    public static let usage = Code(status: 64)
    /// Bad input data: a CSV row, a rules or policy file.
    public static let dataError = Code(status: 65)
    /// The book or an input file does not exist.
    public static let noInput = Code(status: 66)
    /// The book cannot be created.
    public static let cannotCreate = Code(status: 73)
    /// Reading or writing failed.
    public static let ioError = Code(status: 74)
    /// The book is busy or changed meanwhile: try again.
    public static let tryAgain = Code(status: 75)
    /// A bug in kam.
    public static let software = Code(status: 70)
  }

  /// The exit status to use.
  public var code: Code
  /// One line: what was wrong, where, and what was expected.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// A bad command-line value: which option, what was given, what was expected.
  public static func badValue(_ option: String, _ value: String, expected: String) -> CLIError {
    CLIError(.usage, "\(option) \"\(value)\": expected \(expected)")
  }

  public var description: String { message }
}
