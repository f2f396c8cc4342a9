import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension ClientCommand {
  /// `kam client strategic`: marks or unmarks a strategically important client.
  struct Strategic: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "strategic",
      abstract: "Mark a client as strategic (with a reason), or clear the mark.",
      discussion: """
        Examples:
          kam client strategic bolt --reason "Our reference customer in retail"
          kam client strategic cobalt --clear
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(help: "Why the client matters beyond its profit, e.g. its reference value.")
    var reason: String?
    @Flag(help: "Remove the strategic mark.") var clear = false
    @Option(
      help: ArgumentHelp(
        "The day it takes effect (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("client strategic", GlobalOptions.recordsNowOn)
      }
      guard (reason != nil) != clear else {
        throw ValidationError("give either --reason TEXT or --clear")
      }
      if let reason, reason.isEmpty { throw ValidationError("--reason must not be empty") }
      try CLIError.validating {
        _ = try Parse.slug(slug)
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let recorder = Recorder(global: global)
      let (_, recorded) =
        clear
        ? try recorder.record(ClearStrategicFlag(client: client, occurredAt: occurredAt))
        : try recorder.record(
          SetStrategicFlag(client: client, reason: reason ?? "", occurredAt: occurredAt))
      recorder.report(
        recorded.events,
        clear ? "Cleared the strategic mark of \(client)." : "Marked \(client) strategic.")
    }
  }
}
