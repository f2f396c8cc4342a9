import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam verify`: checks the log's integrity.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check the log's integrity: hash chain, sequence numbers, stream versions.",
    discussion: "Exits 1 on any problem, naming the first bad event.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let book = try Book(path: global.bookPath)
    let report: VerificationReportView
    do {
      let raw = try book.log.verify()
      report = VerificationReportView(
        ok: raw.ok, events: raw.events, firstBadSeq: raw.firstBadSeq?.rawValue, problem: raw.problem
      )
    } catch {
      throw BookError.wrap(error)
    }
    let console = global.console
    switch global.outputFormat {
    case .json:
      console.line(
        JSON.object([
          .init("ok", .bool(report.ok)), .init("events", .integer(Int64(report.events))),
          .init("firstBadSeq", report.firstBadSeq.map { .integer($0) } ?? .null),
        ]).rendered)
    case .csv:
      console.line("ok,events,firstBadSeq")
      console.line("\(report.ok),\(report.events),\(report.firstBadSeq.map(String.init) ?? "")")
    case .table:
      if report.ok { console.line("OK: \(report.events) events, hash chain intact.") }
    }
    if let seq = report.firstBadSeq {
      throw CLIError(.checkFailed, "the log is damaged at event \(seq): \(report.problem ?? "")")
    }
  }
}

/// The fields `kam verify` prints.
struct VerificationReportView {
  var ok: Bool
  var events: Int
  var firstBadSeq: Int64?
  var problem: String?
}
