import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam risk`: churn risk of loyal clients, with reasons.
struct RiskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "risk",
    abstract:
      "Churn risk of loyal clients (everyone with --all), with reasons; --model shows the purchase model.",
    discussion: """
      Loyal: a first sale at least 365 days ago and stage cooperation or above, or \
      Pareto class A. Risk is the chance of no purchase within the policy's horizon \
      (180 days): the purchase model's P(alive) and rate (BG/NBD) combined with neglect \
      signals as independent causes; each reason's contribution is its share of the risk \
      (see docs/risk.md).
      """)

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Every client with a purchase, not only the loyal ones.") var all = false
  @Flag(help: "Show the fitted purchase model instead.") var model = false

  func run() throws {
    let book = try global.openBook()
    let view = try book.view(on: try global.evaluationDate(), knownAt: try global.knownAtInstant())
    let console = global.console
    if model {
      let fit = view.risk.fit
      let members: [JSON.Member] = [
        .init("model", .string(fit.model.rawValue)),
        .init("r", fit.r.map { .number($0) } ?? .null),
        .init("alpha", fit.alpha.map { .number($0) } ?? .null),
        .init("a", fit.a.map { .number($0) } ?? .null),
        .init("b", fit.b.map { .number($0) } ?? .null),
        .init("logLikelihood", fit.logLikelihood.map { .number($0) } ?? .null),
        .init("clients", .integer(Int64(fit.clients))),
        .init("fitted", .bool(fit.fitted)),
      ]
      if global.outputFormat == .json {
        console.line(JSON.object(members).rendered)
      } else {
        RecordWriter(format: global.outputFormat, console: console).write([members])
        if let reason = fit.fallbackReason {
          console.err("kam: the purchase model fell back: \(reason)")
        }
      }
      return
    }
    let prospects = Set(view.rows.filter { $0.entry.isProspect }.map(\.history.client))
    let assessments = view.risk.assessments.filter {
      (all || $0.loyal) && !prospects.contains($0.client)
    }
    if global.outputFormat == .json {
      console.line(JSON.array(assessments.map(Self.json)).rendered)
      return
    }
    RecordWriter(format: global.outputFormat, console: console).write(
      assessments.map { assessment in
        [
          .init("client", .string(assessment.client.rawValue)),
          .init("risk", .number(Self.rounded(assessment.risk))),
          .init("band", .string(assessment.band.rawValue)),
          .init("pAlive", assessment.pAlive.map { .number(Self.rounded($0)) } ?? .null),
          .init(
            "reasons",
            .string(
              assessment.reasons.prefix(3).map {
                "\($0.signal.rawValue) \(Self.rounded($0.contribution))"
              }
              .joined(separator: ", "))),
        ]
      }, empty: all ? "(no clients with purchases)" : "(no loyal clients)")
  }

  static func json(_ assessment: ChurnRiskAssessment) -> JSON {
    .object([
      .init("client", .string(assessment.client.rawValue)),
      .init("risk", .number(rounded(assessment.risk))),
      .init("band", .string(assessment.band.rawValue)),
      .init("pAlive", assessment.pAlive.map { .number(rounded($0)) } ?? .null),
      .init("loyal", .bool(assessment.loyal)),
      .init(
        "reasons",
        .array(
          assessment.reasons.map {
            .object([
              .init("signal", .string($0.signal.rawValue)),
              .init("value", .number(rounded($0.value))),
              .init("contribution", .number(rounded($0.contribution))),
            ])
          })),
    ])
  }

  /// Four decimals: what a person reads, stable across platforms.
  static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}

/// `kam attention`: how contact effort splits between acquisition and loyal clients.
struct AttentionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attention",
    abstract:
      "How meetings and cost to serve split between new acquisition and loyal clients, per owner and period.",
    discussion: """
      Acquisition: prospects, and clients in their first 180 days. The (team) rows add \
      every owner up.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "monthly or quarterly.") var period: String = "quarterly"
  @Option(help: "Only this owner (or \"(team)\").") var owner: String?

  func run() throws {
    let period = try Parse.word(period, option: "--period", as: AttentionPeriod.self)
    let book = try global.openBook()
    let knownAt = try global.knownAtInstant()
    let date = try global.evaluationDate()
    let report = AttentionReport(
      Array(try book.histories(knownAt: knownAt).values), through: date,
      policy: try book.policy(knownAt: knownAt), period: period)
    let rows = owner.map { report.rows(of: $0) } ?? report.rows
    RecordWriter(format: global.outputFormat, console: global.console).write(
      rows.map { row in
        [
          .init("owner", .string(row.owner)), .init("period", .string(row.period)),
          .init("acquisitionMeetings", .integer(Int64(row.acquisitionMeetings))),
          .init("loyalMeetings", .integer(Int64(row.loyalMeetings))),
          .init(
            "acquisitionShare",
            row.acquisitionShare.map { .number(RiskCommand.rounded($0)) } ?? .null),
          .init("acquisitionCost", .string(row.acquisitionCost.description)),
          .init("loyalCost", .string(row.loyalCost.description)),
          .init(
            "acquisitionCostShare",
            row.acquisitionCostShare.map { .number(RiskCommand.rounded($0)) } ?? .null),
        ]
      }, empty: "(no meetings)")
  }
}
