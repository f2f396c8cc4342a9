import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam stage`: a client's relationship stage, or its whole history.
struct StageCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "stage",
    abstract: "Show a client's relationship stage now (or --as-of), or its whole history.",
    discussion: """
      Stages: prospect, transactional, cooperation, partnership, synergy, or lapsed \
      (see docs/stages.md). --history lists every transition with the day it happened, \
      the rule that flipped, the event that caused it (if one did), and the time spent \
      in each stage; a golden shot's flag is set by a `golden-shot` transition and \
      cleared by a `golden-shot-cleared` row (its second sale). A demotion is dated when \
      its grace period ends, with the cause of the day the evidence failed.

      Examples:
        kam stage acme
        kam stage acme --history
        kam stage bolt --as-of 2025-12-31 -O json
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The client's slug.") var slug: String
  @Flag(help: "List every transition instead of the current stage.") var history = false

  func validate() throws {
    try CLIError.validating {
      _ = try Parse.slug(slug)
      // Without --history the stage is one line of text: --wide would be ignored.
      if global.wide, !history {
        throw CLIError(
          .usage, "--wide means nothing to `kam stage` without --history: it prints one line")
      }
    }
  }

  func run() throws {
    let client = try Parse.slug(slug)
    let book = try global.openBook()
    let knownAt = try global.knownAtInstant()
    let date = try global.evaluationDate()
    guard let folded = try book.history(of: client, knownAt: knownAt).0 else {
      throw try Recorder(global: global).unknownClient(client, book)
    }
    let policy = try book.policy(knownAt: knownAt)
    let timeline = StageTimeline(folded, through: date, policy: policy)
    let console = global.console
    if history {
      let visits = timeline.visits
      // People read the causing event in words; programs keep its seq (cli.md).
      let causes =
        global.outputFormat == .table
        ? try CauseText(
          timeline.transitions + timeline.goldenShotCleared, book: book, knownAt: knownAt)
        : nil
      func cause(_ transition: StageTransition) -> JSON.Member {
        guard let causes else {
          return .init("causeSeq", transition.causeSeq.map { .integer($0) } ?? .null)
        }
        return .init("cause", .string(causes.text(transition)))
      }
      var rows: [(on: CalendarDate, row: [JSON.Member])] = zip(timeline.transitions, visits).map {
        transition, visit in
        (
          transition.on,
          [
            .init("from", transition.from.map { .string($0.rawValue) } ?? .null),
            .init("to", .string(transition.to.rawValue)),
            .init("on", .string(transition.on.description)),
            .init("rule", .string(transition.rule)),
            cause(transition),
            .init("exited", visit.exited.map { .string($0.description) } ?? .null),
            .init("days", .integer(visit.days)),
          ]
        )
      }
      // The golden-shot flag clears within a transactional stay: a row of its own,
      // after the transition that set it, with no stay of its own.
      for cleared in timeline.goldenShotCleared {
        let index = rows.lastIndex { $0.on <= cleared.on }.map { $0 + 1 } ?? rows.count
        rows.insert(
          (
            cleared.on,
            [
              .init("from", .string(Stage.transactional.rawValue)),
              .init("to", .string(Stage.transactional.rawValue)),
              .init("on", .string(cleared.on.description)),
              .init("rule", .string(cleared.rule)),
              cause(cleared),
              .init("exited", .null), .init("days", .null),
            ]
          ), at: index)
      }
      let empty = "\(client) has no stage on or before \(date)"
      guard global.outputFormat == .table else {
        global.writer.write(rows.map(\.row), empty: empty)
        return
      }
      global.printTable(
        PeopleTable(
          title: [],
          columns: [
            TableColumn("from", priority: 0), TableColumn("to", priority: 1),
            TableColumn("on", priority: 2), TableColumn("rule", priority: 5, shrinksTo: 16),
            TableColumn("cause", priority: 3, shrinksTo: 24, fills: true),
            TableColumn("exited", priority: 6), TableColumn("days", priority: 4),
          ],
          rows: rows.map { row in
            row.row.map { member in
              switch member.value {
              case .integer(let number): .count(number)
              case .null: .empty
              default: .text(member.value.cell)
              }
            }
          }, empty: empty))
      return
    }
    let evaluation = StageRules.evaluate(folded, on: date, policy: policy)
    let since = timeline.transitions.last?.on
    switch global.outputFormat {
    case .json:
      console.text(
        JSON.object([
          .init("client", .string(client.rawValue)),
          .init("stage", .string(evaluation.stage.rawValue)),
          .init("since", since.map { .string($0.description) } ?? .null),
          .init("goldenShot", .bool(evaluation.goldenShot)),
          .init("rule", .string(evaluation.rule.rawValue)),
          .init("explanation", .string(evaluation.explanation)),
          .init("asOf", .string(date.description)),
          .init("policyVersion", .integer(Int64(evaluation.policyVersion))),
        ]).rendered)
    case .csv:
      console.line("client,stage,since,goldenShot,rule")
      console.line(
        "\(client),\(evaluation.stage.rawValue),\(since?.description ?? ""),\(evaluation.goldenShot),\(evaluation.rule.rawValue)"
      )
    case .table:
      let golden = evaluation.goldenShot ? " (a golden shot)" : ""
      console.text(
        "\(client): \(evaluation.stage.rawValue)\(golden)" + (since.map { " since \($0)" } ?? "")
          + " — \(evaluation.explanation)")
    }
  }
}
