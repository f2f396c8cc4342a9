import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension ClientCommand {
  /// `kam client assess`: the two axes of the portfolio matrix.
  struct Assess: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "assess",
      abstract: "Assess a client's attractiveness to us and our standing in its eyes (0–100 each).",
      discussion: """
        Examples:
          kam client assess bolt --attractiveness 65 --standing 80
          kam client assess cobalt --attractiveness 55 --standing 40 --on 2026-11-02
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(help: "How attractive the client is to us, 0–100 (our weighted criteria).")
    var attractiveness: Int
    @Option(help: "How the client rates us as a supplier, 0–100 (its criteria).")
    var standing: Int
    @Option(
      help: ArgumentHelp(
        "The day of the assessment (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("client assess", GlobalOptions.recordsNowOn)
      }
      try CLIError.validating {
        _ = try Parse.slug(slug)
        _ = try Parse.score(attractiveness, option: "--attractiveness")
        _ = try Parse.score(standing, option: "--standing")
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let event = ClientAssessed(
        client: client, attractiveness: try Parse.score(attractiveness, option: "--attractiveness"),
        standing: try Parse.score(standing, option: "--standing"))
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let recorder = Recorder(global: global)
      let (_, recorded) = try recorder.record(AssessClient(event, occurredAt: occurredAt))
      recorder.report(
        recorded.events,
        "Assessed \(client): attractiveness \(attractiveness), standing \(standing).")
    }
  }
}
