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

  /// `kam policy show`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Print the policy in force (with --known-at: the one in force then).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
      let book = try global.openBook()
      let policy = try book.policy(knownAt: try global.knownAtInstant())
      let console = global.console
      switch global.outputFormat {
      case .json: console.line(policy.document.text)
      case .csv, .table:
        RecordWriter(format: global.outputFormat, console: console).write(
          policy.document.members.map {
            [.init("member", .string($0.key)), .init("value", Self.cell($0.value))]
          })
      }
    }

    static func cell(_ value: FlatJSONValue) -> JSON {
      switch value {
      case .string(let text): .string(text)
      case .integer(let int): .integer(int)
      case .number(let number): .number(number)
      case .bool(let flag): .bool(flag)
      case .null: .null
      }
    }
  }

  /// `kam policy set FILE`.
  struct Set: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set",
      abstract: "Validate a policy file and put it in force, recorded as an event.",
      discussion: "Members left out keep their default; the version is assigned by kam.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A flat JSON policy document.") var file: String

    func run() throws {
      let policy = try TextFile.policy(file)
      let book = try global.openBook()
      let applied = try book.setPolicy(policy, context: global.appendContext())
      try book.catchUp()
      if global.outputFormat == .json {
        global.console.line(
          JSON.object([.init("version", .integer(Int64(applied.version)))]).rendered)
      } else {
        global.console.text("Policy version \(applied.version) is in force.")
      }
    }
  }
}
