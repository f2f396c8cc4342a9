import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension PolicyCommand {
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
}
