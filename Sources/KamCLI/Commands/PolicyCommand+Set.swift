import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension PolicyCommand {
  /// `kam policy set FILE`.
  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Validate a policy file and put it in force, recorded as an event.",
      discussion: "Members left out keep their default; the version is assigned by kam.")

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
      global.writer.writeObject([
        .init("version", .integer(Int64(applied.version)))
      ]) { global.console.text("Policy version \(applied.version) is in force.") }
    }
  }
}
