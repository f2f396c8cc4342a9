import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension LogCommand {
  /// `kam log negotiation`.
  struct Negotiation: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "negotiation",
      abstract: "Log a price negotiation: list amount, discount asked and granted, outcome.",
      discussion: """
        Examples:
          kam log negotiation acme --list 50000 --asked 15 --granted 8% --outcome won
          kam log negotiation bolt --list 20000 --asked 10 --granted 0 --outcome open --on 2026-11-20
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(name: .customLong("list"), help: "The list amount before discount.") var listAmount:
      String
    @Option(
      parsing: .unconditional, help: "The discount the client asked for, a percentage (15 or 15%).")
    var asked: String
    @Option(parsing: .unconditional, help: "The discount granted, a percentage.") var granted:
      String
    @Option(help: "How it ended, or open while it goes on.") var outcome: NegotiationOutcome
    @Option(
      help: ArgumentHelp(
        "The day of the negotiation (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("log negotiation", GlobalOptions.recordsNowOn)
      }
      try CLIError.validating {
        _ = try Parse.slug(slug)
        _ = try Parse.amount(listAmount, option: "--list")
        _ = try Parse.percentage(asked, option: "--asked")
        _ = try Parse.percentage(granted, option: "--granted")
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let negotiation = PriceNegotiated(
        client: client, listAmount: try Parse.amount(listAmount, option: "--list"),
        asked: try Parse.percentage(asked, option: "--asked"),
        granted: try Parse.percentage(granted, option: "--granted"),
        outcome: outcome)
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let recorder = Recorder(global: global)
      let (book, recorded) = try recorder.record(
        NegotiatePrice(negotiation, occurredAt: occurredAt))
      try recorder.report(
        recorded, book: book,
        "Logged a negotiation with \(client): asked \(negotiation.asked), granted \(negotiation.granted), \(negotiation.outcome.rawValue)."
      )
    }
  }
}
