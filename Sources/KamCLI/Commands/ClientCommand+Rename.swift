import ArgumentParser
import KamDomain

extension ClientCommand {
  /// `kam client rename`: gives a registered client a new display name.
  struct Rename: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "rename",
      abstract: "Give a client a new display name, recorded as an event.",
      discussion: """
        Examples:
          kam client rename acme --name "ACME Polska S.A."
          kam client rename acme --name "ACME Polska S.A." --on 2026-11-01

        The registration stays as it was; every command shows the latest name \
        (as of now: --as-of does not bring an older name back, --known-at does). \
        The name the client has already is refused (exit 64).
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(help: ArgumentHelp("The client's new name.", valueName: "name")) var name: String
    @Option(
      help: ArgumentHelp(
        "The day it takes effect (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("client rename", GlobalOptions.recordsNowOn)
        _ = try Parse.slug(slug)
        guard !name.isEmpty else { throw CLIError.badValue("--name", name, expected: "a name") }
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      try Recorder(global: global).recordChange(
        RenameClient(client: client, name: name, occurredAt: occurredAt), .name, to: name
      ) { from, to in "Renamed \(client): \(from) → \(to)." }
    }
  }
}
