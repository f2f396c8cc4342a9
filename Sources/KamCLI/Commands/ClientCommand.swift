import ArgumentParser

/// `kam client`: registers and describes clients.
struct ClientCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "client",
    abstract: "Register clients and prospects; assess, mark, rename and reassign them.",
    subcommands: [
      Add.self, Assess.self, Strategic.self, Rename.self, Reassign.self, Update.self,
    ])
}
