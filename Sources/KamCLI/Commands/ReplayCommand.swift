import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam replay --policy FILE`: a what-if run of a candidate policy.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay the whole history under a candidate policy and show what would differ.",
    discussion: """
      Nothing is recorded. Lists the clients whose stage or key-account reasons on \
      --as-of (default today) would differ, and how many stage transitions each would \
      have under each policy.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: ArgumentHelp("A candidate policy file (flat JSON).", valueName: "file"))
  var policy: String

  func run() throws {
    var candidate = try TextFile.policy(policy)
    let book = try global.openBook()
    let knownAt = try global.knownAtInstant()
    let date = try global.evaluationDate()
    let current = try book.policy(knownAt: knownAt)
    candidate.version = current.version + 1
    let histories = try book.histories(knownAt: knownAt).values.filter { $0.isKnown(by: date) }
    let now = Portfolio(Array(histories), on: date, policy: current)
    let then = Portfolio(Array(histories), on: date, policy: candidate)
    var rows: [[JSON.Member]] = []
    for history in histories.sorted(by: { $0.client < $1.client }) {
      let stage = StageRules.evaluate(history, on: date, policy: current).stage
      let candidateStage = StageRules.evaluate(history, on: date, policy: candidate).stage
      let reasons = now.entry(for: history.client)?.keyAccountReasons.map(\.rawValue) ?? []
      let candidateReasons =
        then.entry(for: history.client)?.keyAccountReasons.map(\.rawValue) ?? []
      let transitions = StageTimeline(history, through: date, policy: current).transitions.count
      let candidateTransitions = StageTimeline(history, through: date, policy: candidate)
        .transitions.count
      guard
        stage != candidateStage || reasons != candidateReasons
          || transitions != candidateTransitions
      else { continue }
      rows.append([
        .init("client", .string(history.client.rawValue)),
        .init("stage", .string(stage.rawValue)),
        .init("candidateStage", .string(candidateStage.rawValue)),
        .init("keyAccountReasons", .array(reasons.map { .string($0) })),
        .init("candidateReasons", .array(candidateReasons.map { .string($0) })),
        .init("transitions", .integer(Int64(transitions))),
        .init("candidateTransitions", .integer(Int64(candidateTransitions))),
      ])
    }
    RecordWriter(format: global.outputFormat, console: global.console).write(
      rows, empty: "The candidate policy changes no stage, key account or transition on \(date).")
  }
}
