import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension LogCommand {
  /// `kam log resolution`.
  struct Resolution: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "resolution",
      abstract: "Resolve a complaint; --cost is compensation and handling.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Argument(help: "The complaint's id, as `kam log complaint` printed it.") var complaintID:
      String
    @Option(help: "Compensation and handling cost (default 0).") var cost: String?
    @Option(help: ArgumentHelp("The day it was resolved (default: today).", valueName: "date"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func run() throws {
      let client = try Parse.slug(slug)
      let cost = try cost.map { try Parse.amount($0, option: "--cost") } ?? .zero
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let recorder = Recorder(global: global)
      let (_, events) = try recorder.record(client) { history in
        guard let complaint = history.complaint(id: complaintID) else {
          let standing = { (seq: Int64) in !history.isRetracted(seq) }
          let known = history.complaints.filter {
            !history.isRetracted($0.seq) && $0.standingResolution(standing) == nil
          }.map(\.id)
          throw CLIError(
            .usage,
            "client \(client) has no complaint \"\(complaintID)\""
              + (known.isEmpty ? "" : "; open complaints: \(known.joined(separator: ", "))"))
        }
        if let resolved = complaint.standingResolution({ !history.isRetracted($0) }) {
          throw CLIError(
            .usage, "complaint \(complaintID) was resolved already, on \(resolved.date)")
        }
        guard occurredAt.date >= complaint.filedOn else {
          throw CLIError(
            .usage,
            "--on \(occurredAt.date) is before the complaint was filed (\(complaint.filedOn))")
        }
        return [
          PendingEvent(
            .complaintResolved(
              ComplaintResolved(client: client, complaint: complaintID, cost: cost)),
            occurredAt: occurredAt)
        ]
      }
      recorder.report(events, "Resolved complaint \(complaintID) of \(client), cost \(cost).")
    }
  }
}
