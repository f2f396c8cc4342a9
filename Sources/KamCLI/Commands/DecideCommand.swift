import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam decide`: records a decision with the figures kam shows now.
struct DecideCommand: BookWriting {
  static let configuration = CommandConfiguration(
    commandName: "decide",
    abstract: "Record a decision about a client, with the figures kam shows for it now.",
    discussion: """
      `kam audit ID` later replays what kam showed then against what it shows now. \
      Prints the decision's id.

      Examples:
        kam decide bolt --kind increase-contact --note "Two visits a quarter until the renewal"
        kam decide acme --kind approve-discount --note "8% for the 2027 frame contract" -O json
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The client's slug.") var slug: String
  @Option(help: "What was decided.") var kind: DecisionKind
  @Option(help: "Why, in a sentence.") var note: String

  func validate() throws {
    try CLIError.validating {
      try global.refusingPointInTime(
        "decide", "it records the figures kam shows now, which `kam audit` later compares")
    }
    try CLIError.validating {
      _ = try Parse.slug(slug)
      guard !note.isEmpty else { throw CLIError.badValue("--note", note, expected: "a note") }
    }
  }

  func run() throws {
    let client = try Parse.slug(slug)
    let book = try global.openBook()
    try Recorder(global: global).requireKnown(client, book)
    let decision = try book.decide(
      client: client, kind: kind, note: note, on: try global.currentDate(),
      context: global.appendContext())
    global.writer.writeObject([
      .init("id", .string(decision.event.decision)),
      .init("seq", .integer(decision.seq.rawValue)),
    ]) { global.console.text(decision.event.decision) }
  }
}
