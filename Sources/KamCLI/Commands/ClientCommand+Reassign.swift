import ArgumentParser
import KamDomain

extension ClientCommand {
  /// `kam client reassign`: gives a registered client a new account owner.
  struct Reassign: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "reassign",
      abstract: "Give a client a new account owner, recorded as an event.",
      discussion: """
        Examples:
          kam client reassign acme --owner bob
          kam client reassign acme --owner "Bob Kowalski" --on 2026-11-20

        The registration stays as it was; --owner filters and `kam service --by \
        owner` see the latest owner (as of now: --as-of does not bring an older \
        owner back, --known-at does). The owner the client has already is refused \
        (exit 64).
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(help: ArgumentHelp("The client's new account owner.", valueName: "owner")) var owner:
      String
    @Option(
      help: ArgumentHelp(
        "The day it takes effect (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("client reassign", GlobalOptions.recordsNowOn)
        _ = try Parse.slug(slug)
        guard !owner.isEmpty else {
          throw CLIError.badValue("--owner", owner, expected: "an owner's name")
        }
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      try Recorder(global: global).recordChange(
        ReassignClient(client: client, owner: owner, occurredAt: occurredAt), .owner, to: owner
      ) { from, to in "Reassigned \(client): \(from) → \(to)." }
    }
  }
}
