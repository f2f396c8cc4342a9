import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension LogCommand {
  /// `kam log complaint`: prints the new complaint's id.
  struct Complaint: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "complaint",
      abstract: "Log a complaint; prints its id, for `kam log resolution`.",
      discussion: """
        Examples:
          kam log complaint bolt --severity high --about "late delivery"
          kam log complaint acme --severity low --about "invoice typo" --on 2026-11-26
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(help: "How serious it is.") var severity: Severity
    @Option(help: "What it is about.") var about: String
    @Option(
      help: ArgumentHelp(
        "The day it was filed (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("log complaint", GlobalOptions.recordsNowOn)
      }
      try CLIError.validating {
        _ = try Parse.slug(slug)
        guard !about.isEmpty else {
          throw CLIError.badValue("--about", about, expected: "a subject")
        }
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let recorder = Recorder(global: global)
      let (book, recorded) = try recorder.record(
        FileComplaint(client: client, severity: severity, about: about, occurredAt: occurredAt))
      guard case .complaintFiled(let filed)? = recorded.decided.first else {
        throw CLIError(.software, "this is a bug: filing a complaint recorded none")
      }
      if global.outputFormat == .table {
        global.console.line(filed.complaint)
        // Its id alone on stdout, for scripts; what it changed beside it.
        if let change = try recorder.stageChange(recorded, book: book) {
          global.console.err(change)
        }
      } else {
        recorder.report(recorded.events, "", extra: [.init("complaint", .string(filed.complaint))])
      }
    }
  }
}
