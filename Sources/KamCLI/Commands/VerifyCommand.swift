import ArgumentParser
import KamBook
import KamBookSQLite
import KamDomain
import KamEventLog
import KamTime

/// `kam verify`: checks the log's integrity.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check the log's integrity: hash chain, sequence numbers, stream versions.",
    discussion: """
      Exits 1 on any problem, naming the first bad event. Besides the chain, it compares the \
      end of the log with every record that knows how far the log went (the stored head of \
      the chain, the projections' checkpoints, the client snapshots), so deleting the newest \
      events is found too, and then runs SQLite's quick_check over every page of the file.

      It prints the head of the chain, SEQ:HASH (the last event and its hash). The chain \
      finds edits made by someone who does not recompute it; anyone can recompute SHA-256 \
      with kam's public recipe, though, so an edit with the chain recomputed passes. Keep \
      the head somewhere the book's editor cannot reach (a note, a mail, another machine) \
      and check it later with --expect-head SEQ:HASH: it fails when event SEQ is gone or \
      has another hash, which any edit of events 1…SEQ causes, recomputed or not. Events \
      appended after SEQ are fine. It does not protect events after SEQ, nor a book \
      replaced whole by an older copy that still holds SEQ unchanged.

      Examples:
        kam verify
        kam verify -O json
      """)

  @OptionGroup var global: GlobalOptions

  @Option(
    name: .customLong("expect-head"),
    help: ArgumentHelp(
      "Also check that the log still holds this event with this hash (as printed by an earlier kam verify).",
      valueName: "SEQ:HASH"))
  var expectHead: String?

  func validate() throws {
    try CLIError.validating { try global.refusingPointInTime("verify", GlobalOptions.wholeLog) }
    try CLIError.validating { _ = try expectedHead() }
  }

  /// `--expect-head` as a chain head, or nil when not given.
  private func expectedHead() throws -> ChainHead? {
    try expectHead.map { text in
      guard let head = ChainHead(text) else {
        throw CLIError.badValue(
          "--expect-head", text, expected: "SEQ:HASH, a sequence number and 64 hex digits")
      }
      return head
    }
  }

  func run() throws {
    let expected = try expectedHead()
    let report = try BookLocation(global.bookPath).verify(expecting: expected)
    let console = global.console
    let head: JSON =
      report.head.map {
        .object([.init("seq", .integer($0.seq.rawValue)), .init("hash", .string($0.hexHash))])
      } ?? .null
    switch global.outputFormat {
    case .json:
      console.line(
        JSON.object([
          .init("ok", .bool(report.ok)), .init("events", .integer(Int64(report.events))),
          .init("firstBadSeq", report.firstBadSeq.map { .integer($0.rawValue) } ?? .null),
          .init("problem", report.problem.map { .string($0) } ?? .null),
          .init("head", head),
        ]).rendered)
    case .csv:
      console.line("ok,events,firstBadSeq,headSeq,headHash")
      console.line(
        "\(report.ok),\(report.events),\(report.firstBadSeq.map(String.init) ?? ""),"
          + "\(report.head.map { String($0.seq.rawValue) } ?? ""),\(report.head?.hexHash ?? "")")
    case .table:
      if report.ok {
        console.line("OK: \(report.events) events, hash chain intact.")
        if let head = report.head {
          console.line(
            "Head: \(head) (keep it elsewhere; kam verify --expect-head \(head) checks it)")
        }
        if let expected {
          console.line("The log still holds event \(expected.seq) with the expected hash.")
        }
      }
    }
    guard report.ok else {
      let at = report.firstBadSeq.map { " at event \($0)" } ?? ""
      throw CLIError(.checkFailed, "the log is damaged\(at): \(report.problem ?? "")")
    }
  }
}
