import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam replay --policy FILE`: a what-if run of a candidate policy.
struct ReplayCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay the whole history under a candidate policy and show what would differ.",
    discussion: """
      Nothing is recorded. Lists the clients whose stage or key-account reasons on \
      --as-of (default today) would differ, and how many stage transitions each would \
      have under each policy.

      Examples:
        kam replay --policy policy.json
        kam replay --policy policy.json --as-of 2026-06-30 -O json
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: ArgumentHelp("A candidate policy file (flat JSON).", valueName: "file"))
  var policy: String

  func run() throws {
    let candidate = try TextFile.policy(policy)
    let book = try global.openBook()
    let knownAt = try global.knownAtInstant()
    let date = try global.evaluationDate()
    let comparison = try book.replay(candidate, on: date, knownAt: knownAt)
    global.writer.write(
      comparison.differences.map { difference in
        [
          .init("client", .string(difference.client.rawValue)),
          .init("stage", .string(difference.stage.rawValue)),
          .init("candidateStage", .string(difference.candidateStage.rawValue)),
          .init(
            "keyAccountReasons", .array(difference.keyAccountReasons.map { .string($0.rawValue) })),
          .init(
            "candidateReasons", .array(difference.candidateReasons.map { .string($0.rawValue) })),
          .init("transitions", .integer(Int64(difference.transitions))),
          .init("candidateTransitions", .integer(Int64(difference.candidateTransitions))),
        ]
      }, empty: "The candidate policy changes no stage, key account or transition on \(date).")
  }
}
