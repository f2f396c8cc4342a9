import ArgumentParser

/// `kam import`: brings history in from a CSV file.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import a CSV of events through a rules file.")
  @OptionGroup var global: GlobalOptions
  func run() throws {}
}
