import ArgumentParser

/// `kam help topics [NAME]` (also `kam topics`): pages on what many commands share.
struct TopicsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "topics",
    abstract: "Pages on what many commands share: periods, money, exit statuses.",
    discussion: """
      Without NAME, lists the topics. `kam help topics NAME` is the same command.

      Examples:
        kam help topics
        kam help topics periods
        kam topics money
        kam topics exit-statuses
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The topic: periods, money or exit-statuses.", valueName: "name"))
  var name: String?

  func validate() throws {
    try CLIError.validating {
      try global.refusingPointInTime("topics", "a topic is the same page on any day")
      if global.outputFormat != .table {
        throw CLIError(
          .usage,
          "-O \(global.outputFormat.rawValue) means nothing to `kam topics`: a topic is a page of text"
        )
      }
      if let name { _ = try HelpTopic.named(name) }
    }
  }

  func run() throws {
    guard let name else { return global.console.out(HelpTopic.list) }
    global.console.out(try HelpTopic.named(name).page)
  }
}
