import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension PolicyCommand {
  /// `kam policy set FILE`.
  struct Set: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Validate a policy file and put it in force, recorded as an event.",
      discussion: """
        Examples:
          kam policy set policy.json
          kam policy set policy.json -O json

        Members left out keep their default; the version is assigned by kam. Prints \
        each member it changes (windowDays: 365 → 200); a file that changes nothing \
        against the policy in force is refused (exit 64) and nothing is recorded.
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A flat JSON policy document.") var file: String

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("policy set", GlobalOptions.recordsNow)
      }
    }

    func run() throws {
      let policy = try TextFile.policy(file)
      let book = try global.openBook()
      let applied = try book.setPolicy(policy, context: global.appendContext())
      try book.catchUp()
      // What it changed, asked of the book after the write: the change before this version.
      let changes = try book.policyChanges()
      let index = changes.lastIndex { $0.policy.version == applied.version } ?? changes.endIndex
      let previous = index > changes.startIndex ? changes[index - 1].policy : Policy()
      let differences = PolicyDifference.between(previous, applied)
      let version = JSON.integer(Int64(applied.version))
      let rows = differences.map { difference -> [JSON.Member] in
        [
          .init("member", .string(difference.member)), .init("from", JSON(difference.old)),
          .init("to", JSON(difference.new)),
        ]
      }
      let console = global.console
      switch global.outputFormat {
      case .json:
        console.line(
          JSON.object([
            .init("version", version), .init("changes", .array(rows.map(JSON.object))),
          ])
          .rendered)
      case .csv:
        global.writer.write(
          rows.map { [.init("version", version)] + $0 },
          columns: ["version", "member", "from", "to"])
      case .table:
        console.text("Policy version \(applied.version) is in force:")
        for difference in differences {
          console.text(
            "  \(difference.member): \(JSON(difference.old).cell) → \(JSON(difference.new).cell)")
        }
      }
    }
  }
}
