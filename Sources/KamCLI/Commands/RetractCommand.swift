import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam retract`: a compensating event for one event.
struct RetractCommand: BookWriting {
  static let configuration = CommandConfiguration(
    commandName: "retract",
    abstract: "Retract one event: it stops counting, and nothing is deleted.",
    discussion: """
      Retracting a retraction restores the event it retracted.

      Examples:
        kam retract 12 --reason "entered twice"
        kam retract 12 --reason "entered twice" -O json
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The event's sequence number (see kam events).") var seq: Int64
  @Option(help: "Why, for the audit trail.") var reason: String

  func validate() throws {
    try CLIError.validating { try global.refusingPointInTime("retract", GlobalOptions.recordsNow) }
    try CLIError.validating {
      guard seq >= 1 else {
        throw CLIError.badValue("seq", String(seq), expected: "a sequence number of at least 1")
      }
      guard !reason.isEmpty else {
        throw CLIError.badValue("--reason", reason, expected: "a reason")
      }
    }
  }

  func run() throws {
    let book = try global.openBook()
    let stored = try book.retract(
      SequenceNumber(rawValue: seq), reason: reason, context: global.appendContext())
    try book.catchUp()
    Recorder(global: global).report([stored], "Retracted event \(seq) of \(stored.stream).")
  }
}
