import ArgumentParser

/// `kam client`: registers and describes clients.
struct ClientCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "client",
    abstract: "Register clients and prospects, assess them, mark them strategic.",
    subcommands: [Add.self, Assess.self, Strategic.self])
}
