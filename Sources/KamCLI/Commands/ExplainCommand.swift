import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamPurchaseModel
import KamTime

/// `kam explain`: why a client has its stage, key-account reasons and risk.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain a client's stage, key-account reasons and risk: the rules and the events.",
    discussion: "With --as-of and --known-at, explains what kam would have said then.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The client's slug.") var slug: String

  func validate() throws {
    try CLIError.validating {
      _ = try Parse.slug(slug)
      try global.refusingCSV("explain", "use -O json")
    }
  }

  func run() throws {
    let (_, view, row) = try global.clientRow(slug)
    let knownAt = try global.knownAtInstant()
    let explanation = Explanation(row: row, view: view)
    if global.outputFormat == .json {
      global.console.line(explanation.json(knownAt: knownAt).rendered)
    } else {
      explanation.print(to: global.console)
    }
  }
}

/// The reasons behind one client's figures, as data and as text.
struct Explanation {
  let row: BookView.ClientRow
  let view: BookView

  var reasons: [(reason: String, rule: String)] {
    row.entry.keyAccountReasons.map { reason in
      (
        reason.rawValue,
        reason.rule(for: row.history, entry: row.entry, in: view.portfolio, policy: view.policy)
      )
    }
  }

  func json(knownAt: Instant?) -> JSON {
    let stage = row.stage
    let value = row.entry.value
    return .object([
      .init("client", .string(row.history.client.rawValue)),
      .init("asOf", .string(view.date.description)),
      .init("knownAt", knownAt.map { .string($0.description) } ?? .null),
      .init("policyVersion", .integer(Int64(view.policy.version))),
      .init(
        "stage",
        .object([
          .init("stage", .string(stage.stage.rawValue)),
          .init("rule", .string(stage.rule.rawValue)),
          .init("goldenShot", .bool(stage.goldenShot)),
          .init("explanation", .string(stage.explanation)),
          .init("missing", .array(stage.missing.map { .string($0) })),
          .init("events", .array(stage.facts.map { .integer($0) })),
        ])),
      .init(
        "value",
        .object([
          .init("revenue", .string(value.revenue.description)),
          .init("cogs", .string(value.cogs.description)),
          .init("costToServe", .string(value.costToServe.description)),
          .init("profit", .string(value.profit.description)),
          .init("paretoClass", .string(row.entry.paretoClass.rawValue)),
          .init("windowDays", .integer(Int64(view.policy.windowDays))),
        ])),
      .init(
        "keyAccountReasons",
        .array(
          reasons.map {
            .object([.init("reason", .string($0.reason)), .init("rule", .string($0.rule))])
          })),
      .init("churnRisk", row.churnRisk.map { .number(RiskCommand.rounded($0)) } ?? .null),
      .init("risk", riskJSON),
    ])
  }

  /// The risk's derivation: every signal's reading, score, weight and contribution, so that
  /// risk = 1 − Π(1 − weight × score) can be checked from the output.
  var riskJSON: JSON {
    guard row.churnRisk != nil, let assessment = view.risk.assessment(of: row.history.client) else {
      return .null
    }
    return .object([
      .init("risk", .number(RiskCommand.rounded(assessment.risk))),
      .init("band", .string(assessment.band.rawValue)),
      .init("loyal", .bool(assessment.loyal)),
      .init("model", .string(view.risk.fit.model.rawValue)),
      .init(
        "signals",
        .array(
          assessment.signals.map { reading in
            .object([
              .init("signal", .string(reading.signal.rawValue)),
              .init("value", .number(RiskCommand.rounded(reading.value))),
              .init("score", .number(RiskCommand.rounded(reading.score))),
              .init("weight", .number(reading.signal.weight(in: view.policy))),
              .init(
                "contribution",
                .number(RiskCommand.rounded(assessment.contribution(of: reading.signal)))),
              .init("detail", reading.detail.map { .number(RiskCommand.rounded($0)) } ?? .null),
            ])
          })),
    ])
  }

  func print(to console: Console) {
    let stage = row.stage
    let value = row.entry.value
    console.text("\(row.history.client) on \(view.date), policy version \(view.policy.version)")
    console.text(
      "stage: \(stage.stage.rawValue)\(stage.goldenShot ? " (a golden shot)" : "") — \(stage.explanation)"
    )
    if !stage.missing.isEmpty {
      console.text("  not higher, because: " + stage.missing.joined(separator: "; "))
    }
    if !stage.facts.isEmpty {
      console.text("  from events: " + stage.facts.map(String.init).joined(separator: ", "))
    }
    console.text(
      "value over \(view.policy.windowDays) days: revenue \(value.revenue) − cost of goods \(value.cogs) "
        + "− cost to serve \(value.costToServe) = profit \(value.profit), class \(row.entry.paretoClass.rawValue)"
    )
    if reasons.isEmpty {
      console.text("key account: no")
    } else {
      for reason in reasons { console.text("key account, \(reason.reason): \(reason.rule)") }
    }
    guard row.churnRisk != nil, let assessment = view.risk.assessment(of: row.history.client) else {
      console.text("churn risk: not assessed (no purchase yet)")
      return
    }
    console.text(
      "churn risk: \(RiskCommand.rounded(assessment.risk)) (\(assessment.band.rawValue)), "
        + (assessment.loyal ? "a loyal client" : "not counted as loyal")
        + ", purchase model \(view.risk.fit.model.rawValue); the chance of no purchase within "
        + "\(view.policy.riskHorizonDays) days, 1 − Π(1 − weight × score) over the signals")
    for reading in assessment.signals {
      let contribution = assessment.contribution(of: reading.signal)
      console.text(
        "  \(reading.signal.rawValue): \(RiskCommand.rounded(reading.value))"
          + (reading.detail.map { " (against \(RiskCommand.rounded($0)))" } ?? "")
          + ", score \(RiskCommand.rounded(reading.score)) × weight "
          + "\(RiskCommand.rounded(reading.signal.weight(in: view.policy))), "
          + "contributes \(RiskCommand.rounded(contribution))"
      )
    }
  }
}
