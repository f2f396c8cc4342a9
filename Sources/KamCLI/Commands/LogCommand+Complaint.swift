import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension LogCommand {
  /// `kam log complaint`: prints the new complaint's id.
  struct Complaint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "complaint",
      abstract: "Log a complaint; prints its id, for `kam log resolution`.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(help: "low, medium or high.") var severity: String
    @Option(help: "What it is about.") var about: String
    @Option(help: ArgumentHelp("The day it was filed (default: today).", valueName: "date"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func run() throws {
      let client = try Parse.slug(slug)
      let severity = try Parse.word(severity, option: "--severity", as: Severity.self)
      guard !about.isEmpty else { throw CLIError.badValue("--about", about, expected: "a subject") }
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let recorder = Recorder(global: global)
      var id = ""
      let (_, events) = try recorder.record(client) { history in
        // Unique in the book: the slug and how many complaints the client has had.
        id = "\(client)-\(history.complaints.count + 1)"
        return [
          PendingEvent(
            .complaintFiled(
              ComplaintFiled(client: client, complaint: id, severity: severity, about: about)),
            occurredAt: occurredAt)
        ]
      }
      if global.outputFormat == .table {
        global.console.line(id)
      } else {
        recorder.report(events, "", extra: [.init("complaint", .string(id))])
      }
    }
  }
}
