#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The environment variables a command reads: the process's, each read when asked, or a
/// fixed set (a test's, the fuzzer's).
///
/// The process's are not copied into a dictionary at the start: a command reads a handful
/// of them, and a dictionary of every variable cost each start about a tenth of a
/// millisecond. Nothing in kam sets a variable, so reading late reads the same values.
public struct Environment: Sendable {
  private let fixed: [String: String]?

  /// The process's environment, read as asked.
  public static let process = Environment(fixed: nil)

  /// A fixed set of variables, as a test gives them.
  public init(_ variables: [String: String]) { fixed = variables }

  private init(fixed: [String: String]?) { self.fixed = fixed }

  /// Every variable of the process, for a tool that hands them on to a child it runs.
  public static func processVariables() -> [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }

  /// The variable's value; nil when it is not set.
  public subscript(name: String) -> String? {
    guard let fixed else { return getenv(name).map { String(cString: $0) } }
    return fixed[name]
  }
}
