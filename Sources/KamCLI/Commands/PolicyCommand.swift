import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam policy`: the scoring policy in force, and changing it.
struct PolicyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "policy",
    abstract: "Show the scoring policy in force, or put a new one in force (see docs/policy.md).",
    subcommands: [Show.self, Set.self])
}
