import ArgumentParser
import Foundation
import KamCLI
import Testing

/// One command line from the `Examples:` section of a command's help.
struct CommandExample: Sendable, CustomTestStringConvertible {
  /// The command's path below `kam`: ["log", "sale"].
  let command: [String]
  /// The line as the help shows it: `kam log sale acme --amount 950`.
  let line: String

  var testDescription: String { line }

  /// Its arguments after `kam`, split as a shell splits them (double quotes group).
  var arguments: [String] {
    var words: [String] = []
    var word = ""
    var quoted = false
    var started = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
        started = true
      } else if character == " ", !quoted {
        if started { words.append(word) }
        (word, started) = ("", false)
      } else {
        word.append(character)
        started = true
      }
    }
    if started { words.append(word) }
    return Array(words.dropFirst())
  }

  /// Whether the example can run here: a PostgreSQL book needs a server.
  var runsHere: Bool { !line.contains("postgres://") }

  /// Every command below `kam`, with its path.
  static func commands(
    of type: any ParsableCommand.Type = Kam.self, path: [String] = []
  ) -> [(path: [String], type: any ParsableCommand.Type)] {
    type.configuration.subcommands.flatMap { sub in
      let path = path + [sub._commandName]
      return [(path, sub)] + commands(of: sub, path: path)
    }
  }

  /// The commands that have no subcommands.
  static var leaves: [(path: [String], type: any ParsableCommand.Type)] {
    commands().filter { $0.type.configuration.subcommands.isEmpty }
  }

  /// The example lines of a command's help: the lines starting `kam ` under `Examples:`.
  static func examples(of type: any ParsableCommand.Type, path: [String]) -> [CommandExample] {
    var examples: [CommandExample] = []
    var inExamples = false
    for line in type.configuration.discussion.split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      let text = line.trimmingCharacters(in: .whitespaces)
      if text == "Examples:" {
        inExamples = true
      } else if inExamples, text.hasPrefix("kam ") {
        examples.append(CommandExample(command: path, line: text))
      } else {
        inExamples = false
      }
    }
    return examples
  }

  /// Every example of every command.
  static let all: [CommandExample] = commands().flatMap { examples(of: $0.type, path: $0.path) }
}
