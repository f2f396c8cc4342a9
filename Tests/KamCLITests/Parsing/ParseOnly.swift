import ArgumentParser
import KamCLI

/// Parses a command line as `kam` does, with no book: the parser, its `validate()`
/// checks and nothing else.
enum ParseOnly {
  /// The environment the checks see: today pinned, no book anywhere.
  static let environment = ["KAM_TODAY": "2026-11-28", "KAM_DB": "/nonexistent/book.sqlite"]

  /// The parsed command.
  static func parse(_ arguments: [String]) throws -> any ParsableCommand {
    try Console.$current.withValue(Console(environment: environment, capture: true)) {
      try Kam.parseAsRoot(arguments)
    }
  }

  /// The exit status and message of a refused command line; nil when it parses.
  static func refusal(_ arguments: [String]) -> (status: Int32, message: String)? {
    do {
      _ = try parse(arguments)
      return nil
    } catch {
      return (Kam.exitCode(for: error).rawValue, Kam.message(for: error))
    }
  }
}
