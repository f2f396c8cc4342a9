import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamPurchaseModel
import KamTime

/// `kam explain`: why a client has its stage, key-account reasons and risk.
struct ExplainCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract:
      "Explain a client's stage, key-account reasons, service verdict, fit and risk: the rules and the events.",
    discussion: """
      The service verdict is the client's over the 91 days ending on the day (see kam \
      service); the fit, for a prospect or a client in its first year, is its fit to the \
      key-client profile (see kam prospects). With --as-of and --known-at, explains what \
      kam would have said then.

      Examples:
        kam explain acme
        kam explain cobalt --as-of 2026-06-30
        kam explain delta -O json
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The client's slug.") var slug: String

  func validate() throws {
    try CLIError.validating {
      _ = try Parse.slug(slug)
      try global.refusingCSV("explain", "use -O json")
    }
  }

  func run() throws {
    let explanation = Explanation(explanation: try global.clientExplanation(slug))
    if global.outputFormat == .json {
      global.console.line(explanation.json(knownAt: try global.knownAtInstant()).rendered)
    } else {
      explanation.print(to: ExplainLines(console: global.console, style: global.tableStyle))
    }
  }
}

/// One client's explanation (``ClientExplanation``) as JSON and as text.
struct Explanation {
  let explanation: ClientExplanation

  /// The reasons with their rules, as the output names them.
  var reasons: [(reason: String, rule: String)] {
    explanation.reasons.map { ($0.reason.rawValue, $0.rule) }
  }

  var serviceJSON: JSON {
    guard let service = explanation.service else { return .null }
    let period = explanation.servicePeriod
    return .object([
      .init("begin", .string(period.lowerBound.description)),
      .init("end", .string(period.upperBound.description)),
      .init("meetings", .integer(Int64(service.meetings))),
      .init("minutes", .integer(service.minutes)),
      .init("costToServe", .string(service.costToServe.description)),
      .init("verdict", .string(service.verdict.rawValue)),
      .init("reason", .string(service.reason)),
    ])
  }

  var fitJSON: JSON {
    guard let fit = explanation.fit, let profile = explanation.profile else { return .null }
    return .object([
      .init("model", .string(profile.model)),
      .init("fit", fit.fit.map { .number(RiskCommand.rounded($0)) } ?? .null),
      .init("band", fit.band.map { .string($0.rawValue) } ?? .null),
      .init("winProbability", fit.winProbability.map { .number($0) } ?? .null),
      .init("reasons", ProspectsCommand.reasonsJSON(fit.reasons, number: RiskCommand.rounded)),
    ])
  }

  func json(knownAt: Instant?) -> JSON {
    let stage = explanation.stage
    let value = explanation.value
    let policy = explanation.policy
    let checklist = StageRules.checklist(explanation.history, stage, policy: policy)
    return .object([
      .init("client", .string(explanation.client.rawValue)),
      .init("asOf", .string(explanation.date.description)),
      .init("knownAt", knownAt.map { .string($0.description) } ?? .null),
      .init("policyVersion", .integer(Int64(policy.version))),
      .init(
        "stage",
        .object([
          .init("stage", .string(stage.stage.rawValue)),
          .init("rule", .string(stage.rule.rawValue)),
          .init("goldenShot", .bool(stage.goldenShot)),
          .init("explanation", .string(stage.explanation)),
          .init("missing", .array(stage.missing.map { .string($0) })),
          .init("events", .array(stage.facts.map { .integer($0) })),
          .init("holds", .array(checklist.holding.map(Self.json))),
          .init("next", checklist.next.map { .string($0.rawValue) } ?? .null),
          .init("needs", .array(checklist.needed.map(Self.json))),
        ])),
      .init(
        "value",
        .object([
          .init("revenue", .string(value.revenue.description)),
          .init("cogs", .string(value.cogs.description)),
          .init("costToServe", .string(value.costToServe.description)),
          .init("profit", .string(value.profit.description)),
          .init("paretoClass", .string(explanation.paretoClass.rawValue)),
          .init("windowDays", .integer(Int64(policy.windowDays))),
        ])),
      .init(
        "keyAccountReasons",
        .array(
          reasons.map {
            .object([.init("reason", .string($0.reason)), .init("rule", .string($0.rule))])
          })),
      .init("churnRisk", explanation.churnRisk.map { .number(RiskCommand.rounded($0)) } ?? .null),
      .init("risk", riskJSON),
      .init("service", serviceJSON),
      .init("fit", fitJSON),
    ])
  }

  /// A stage condition: its text, its gap when it fails, and its events.
  static func json(_ check: StageCheck) -> JSON {
    .object([
      .init("stage", .string(check.stage.rawValue)), .init("condition", .string(check.text)),
      .init("gap", check.gap.map { .string($0) } ?? .null),
      .init("events", .array(check.facts.map { .integer($0) })),
    ])
  }

  /// The risk's derivation: every signal's reading, score, weight and contribution, so that
  /// risk = 1 − Π(1 − weight × score) can be checked from the output.
  var riskJSON: JSON {
    guard let assessment = explanation.risk, let model = explanation.purchaseModel else {
      return .null
    }
    return .object([
      .init("risk", .number(RiskCommand.rounded(assessment.risk))),
      .init("band", .string(assessment.band.rawValue)),
      .init("loyal", .bool(assessment.loyal)),
      .init("model", .string(model.rawValue)),
      .init(
        "signals",
        .array(
          assessment.signals.map { reading in
            .object([
              .init("signal", .string(reading.signal.rawValue)),
              .init("value", .number(RiskCommand.rounded(reading.value))),
              .init("score", .number(RiskCommand.rounded(reading.score))),
              .init("weight", .number(reading.signal.weight(in: explanation.policy))),
              .init(
                "contribution",
                .number(RiskCommand.rounded(assessment.contribution(of: reading.signal)))),
              .init("detail", reading.detail.map { .number(RiskCommand.rounded($0)) } ?? .null),
            ])
          })),
    ])
  }
}
