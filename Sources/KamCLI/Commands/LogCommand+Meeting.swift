import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension LogCommand {
  /// `kam log meeting`.
  struct Meeting: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "meeting",
      abstract:
        "Log a meeting; its cost to serve is --cost, else minutes × the policy's hourly rate.",
      discussion: """
        Examples:
          kam log meeting acme --kind visit --minutes 90
          kam log meeting bolt --kind call --minutes 20 --on 2026-11-25
          kam log meeting delta --kind workshop --cost 1500
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(help: "What kind of meeting it was.") var kind: MeetingKind
    @Option(help: "How long it took.") var minutes: Int?
    @Option(help: "Its cost to serve, when known.") var cost: String?
    @Option(
      help: ArgumentHelp(
        "The day of the meeting (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("log meeting", GlobalOptions.recordsNowOn)
      }
      try CLIError.validating {
        _ = try Parse.slug(slug)
        if let minutes, minutes < 0 || minutes > 24 * 60 {
          throw CLIError.badValue("--minutes", String(minutes), expected: "minutes from 0 to 1440")
        }
        _ = try cost.map { try Parse.amount($0, option: "--cost") }
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let meeting = MeetingHeld(
        client: client, kind: kind,
        minutes: minutes.map(Int64.init),
        cost: try cost.map { try Parse.amount($0, option: "--cost") })
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let recorder = Recorder(global: global)
      let (book, recorded) = try recorder.record(HoldMeeting(meeting, occurredAt: occurredAt))
      try recorder.report(
        recorded, book: book,
        "Logged a \(meeting.kind.rawValue) with \(client) on \(occurredAt.date).",
        lines: global.outputFormat == .table ? [try recorder.meetingCost(recorded, book: book)] : []
      )
    }
  }
}
