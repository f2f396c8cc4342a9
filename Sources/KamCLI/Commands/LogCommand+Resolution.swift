import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension LogCommand {
  /// `kam log resolution`.
  struct Resolution: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "resolution",
      abstract: "Resolve a complaint; --cost is compensation and handling.",
      discussion: """
        Examples:
          kam log resolution acme acme-1 --cost 350
          kam log resolution acme acme-1 --on 2026-11-27
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Argument(help: "The complaint's id, as `kam log complaint` printed it.") var complaintID:
      String
    @Option(help: "Compensation and handling cost (default 0).") var cost: String?
    @Option(
      help: ArgumentHelp(
        "The day it was resolved (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("log resolution", GlobalOptions.recordsNowOn)
      }
      try CLIError.validating {
        _ = try Parse.slug(slug)
        _ = try cost.map { try Parse.amount($0, option: "--cost") }
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let cost = try cost.map { try Parse.amount($0, option: "--cost") } ?? .zero
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let recorder = Recorder(global: global)
      let (book, recorded) = try recorder.record(
        ResolveComplaint(
          client: client, complaint: complaintID, cost: cost, occurredAt: occurredAt))
      try recorder.report(
        recorded, book: book, "Resolved complaint \(complaintID) of \(client), cost \(cost).")
    }
  }
}
