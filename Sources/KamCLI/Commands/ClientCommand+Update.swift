import ArgumentParser
import KamDomain

extension ClientCommand {
  /// `kam client update`: moves a registered client to another market segment.
  struct Update: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "update",
      abstract: "Move a client to another market segment, recorded as an event.",
      discussion: """
        Examples:
          kam client update acme --segment retail
          kam client update acme --segment retail --on 2026-11-20

        The registration stays as it was; every command shows the latest segment \
        (as of now: --as-of does not bring an older segment back, --known-at does). \
        The segment the client is in already is refused (exit 64).
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(help: ArgumentHelp("The client's new market segment.", valueName: "segment"))
    var segment: String
    @Option(
      help: ArgumentHelp(
        "The day it takes effect (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("client update", GlobalOptions.recordsNowOn)
        _ = try Parse.slug(slug)
        guard !segment.isEmpty else {
          throw CLIError.badValue("--segment", segment, expected: "a segment")
        }
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      try Recorder(global: global).recordChange(
        ChangeSegment(client: client, segment: segment, occurredAt: occurredAt), .segment,
        to: segment
      ) { from, to in "Changed the segment of \(client): \(from) → \(to)." }
    }
  }
}
