import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam audit`: replays decisions against what is known now.
struct AuditCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Replay a decision: what kam showed then, what it shows now, and why they differ.",
    discussion: """
      Without an id, lists the decisions whose basis has changed since they were made. \
      Causes: backdated (an event recorded later but dated on or before the decision's \
      day), retracted (a retraction recorded later), policy-changed (a new policy).

      Examples:
        kam audit
        kam audit d4k9x2mq7
        kam audit -O json
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The decision's id, as kam decide printed it.") var decisionID: String?

  func validate() throws {
    try CLIError.validating {
      try global.refusingPointInTime(
        "audit", "it compares what was known when the decision was made with what is known now")
      if decisionID != nil {
        try global.refusingCSV(
          "audit ID", "use -O json (`kam audit` without an id lists the decisions as CSV)")
      }
    }
  }

  func run() throws {
    let book = try global.openBook()
    let decisions = try book.decisions()
    let console = global.console
    if let decisionID {
      guard let decision = decisions.first(where: { $0.event.decision == decisionID }) else {
        throw CLIError(.usage, "no decision \"\(decisionID)\" in the book; `kam audit` lists them")
      }
      let audit = try book.audit(decision)
      if global.outputFormat == .json {
        console.line(Self.json(audit).rendered)
      } else {
        Self.table(audit, console)
      }
      return
    }
    let changed = try book.changedDecisions(decisions)
    if global.outputFormat == .json {
      console.line(jsonArray: changed, Self.json)
      return
    }
    global.writer.write(
      changed.map { audit in
        [
          .init("id", .string(audit.decision.event.decision)),
          .init("client", .string(audit.decision.event.client.rawValue)),
          .init("kind", .string(audit.decision.event.kind.rawValue)),
          .init("date", .string(audit.decision.date.description)),
          .init("causes", .integer(Int64(audit.causes.count))),
        ]
      }, empty: "No decision's basis has changed since it was made.")
  }

  static func json(_ audit: DecisionAudit) -> JSON {
    let decision = audit.decision
    return .object([
      .init(
        "decision",
        .object([
          .init("id", .string(decision.event.decision)),
          .init("client", .string(decision.event.client.rawValue)),
          .init("kind", .string(decision.event.kind.rawValue)),
          .init("note", .string(decision.event.note)),
          .init("seq", .integer(decision.seq.rawValue)),
          .init("date", .string(decision.date.description)),
          .init("recordedAt", .string(decision.recordedAt.description)),
          .init("actor", .string(decision.actor)),
        ])),
      .init("then", basis(audit.then)),
      .init("now", basis(audit.now)),
      .init(
        "causes",
        .array(
          audit.causes.map {
            .object([.init("seq", .integer($0.seq)), .init("reason", .string($0.reason))])
          })),
    ])
  }

  static func basis(_ basis: DecisionBasis) -> JSON {
    .object([
      .init("stage", .string(basis.stage)), .init("profit", .string(basis.profit.description)),
      .init("paretoClass", .string(basis.paretoClass)),
      .init("keyAccountReasons", .array(basis.keyAccountReasons.map { .string($0) })),
      .init("churnRisk", basis.churnRisk.map { .number($0) } ?? .null),
      .init("policyVersion", .integer(Int64(basis.policyVersion))),
    ])
  }

  static func table(_ audit: DecisionAudit, _ console: Console) {
    let decision = audit.decision
    console.text(
      "Decision \(decision.event.decision): \(decision.event.kind.rawValue) for \(decision.event.client) on \(decision.date), by \(decision.actor) at \(decision.recordedAt)"
    )
    console.text("  \(decision.event.note)")
    func line(_ basis: DecisionBasis) -> String {
      "stage \(basis.stage), profit \(basis.profit), class \(basis.paretoClass), reasons "
        + (basis.keyAccountReasons.isEmpty
          ? "none" : basis.keyAccountReasons.joined(separator: ", "))
        + ", risk \(basis.churnRisk.map { String($0) } ?? "n/a"), policy v\(basis.policyVersion)"
    }
    console.text("then: " + line(audit.then))
    console.text("now:  " + line(audit.now))
    if audit.causes.isEmpty {
      console.text(
        audit.changed ? "No recorded event explains the change." : "Nothing has changed since.")
    } else {
      console.text(
        "because of: "
          + audit.causes.map { "\($0.reason) (event \($0.seq))" }.joined(separator: ", "))
    }
  }
}
