import ArgumentParser

extension ArgumentScreen {
  /// The command line the parser is given: `kam help topics …` becomes `kam topics …`.
  ///
  /// The parser's own `help` subcommand would read `topics` as a command to show
  /// the help of, so `kam help topics money` printed the usage of `kam topics`.
  static func routed(_ arguments: [String]) -> [String] {
    guard arguments.count >= 2, arguments[0] == "help", arguments[1] == TopicsCommand._commandName
    else { return arguments }
    return Array(arguments.dropFirst())
  }
}
