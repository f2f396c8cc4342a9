import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension PolicyCommand {
  /// `kam policy show`.
  struct Show: ParsableCommand, PrintsTables {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Print the policy in force (with --known-at: the one in force then).",
      discussion: """
        Examples:
          kam policy show
          kam policy show -O json
          kam policy show --known-at 2026-01-01
        """)

    @OptionGroup var global: GlobalOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingAsOf(
          "policy show",
          "the policy in force is the one last recorded; --known-at picks the instant")
      }
    }

    func run() throws {
      let book = try global.openBook()
      let policy = try book.policy(knownAt: try global.knownAtInstant())
      let console = global.console
      switch global.outputFormat {
      case .json: console.line(policy.document.text)
      case .csv, .table:
        global.writer.write(
          policy.document.members.map {
            [.init("member", .string($0.key)), .init("value", JSON($0.value))]
          })
      }
    }
  }
}
