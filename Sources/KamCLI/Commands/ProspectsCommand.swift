import ArgumentParser
import KamBook
import KamDomain
import KamPurchaseModel
import KamTime

/// `kam prospects`: the key-client profile, and each prospect's and new client's fit to it.
struct ProspectsCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "prospects",
    abstract:
      "The key-client profile, and each open prospect's and first-year client's fit to it; --model shows the profile.",
    discussion: """
      The profile is learned from the book's own past: at a cut two years back (two \
      thirds of the book's span when shorter), and at up to seven more a quarter apart \
      before it, each open prospect and first-year client is described by its first \
      months (registration, courting, first orders) and labelled by whether it is a \
      lasting key client as long after the cut: still buying, Pareto class A or B, \
      cooperation or higher (still buying alone when too few are). \
      A ridge logistic regression on standardised features gives each prospect's and new \
      client's fit: the chance of becoming a lasting client. Band: high at twice the base \
      rate's odds or more, low at half or less. Each reason compares the client's value \
      with the typical (median) lasting client's and gives its effect on the log-odds. A \
      book too short or too small to learn from falls back to the stated win probability, \
      named in --model (see docs/profile.md).

      Examples:
        kam prospects
        kam prospects --as-of 2026-06-30 -O json
        kam prospects --model
      """)

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Show the learned profile (features, coefficients, training) instead.")
  var model = false

  func run() throws {
    let book = try global.openBook()
    let report = try book.prospects(
      on: try global.evaluationDate(), knownAt: try global.knownAtInstant())
    let console = global.console
    if let fallback = report.profile.fallback, !model, !report.fits.isEmpty {
      console.err(
        "kam: no profile learned (\(Self.reason(fallback))); fit is the stated win probability")
    }
    if model {
      let members = Self.modelMembers(report.profile)
      if global.outputFormat == .json {
        console.line(JSON.object(members))
      } else {
        global.writer.write([
          members.filter { !["coefficients", "typical", "cuts"].contains($0.key) }
        ])
      }
      return
    }
    if global.outputFormat == .json {
      console.line(jsonArray: report.fits, Self.json)
      return
    }
    global.writer.write(
      report.fits.map(Self.tableRow),
      empty: "(no open prospects or first-year clients on \(report.profile.date))")
  }

  static func json(_ fit: ProspectFit) -> JSON {
    .object([
      .init("client", .string(fit.client.rawValue)),
      .init("stage", .string(fit.stage.rawValue)),
      .init("winProbability", fit.winProbability.map { .number($0) } ?? .null),
      .init("fit", fit.fit.map { .number($0) } ?? .null),
      .init("band", fit.band.map { .string($0.rawValue) } ?? .null),
      .init("reasons", reasonsJSON(fit.reasons)),
    ])
  }

  /// A fit's reasons as JSON objects `{feature, value, typical, contribution}`, each
  /// number through `number` (`kam explain` rounds them for its summary).
  static func reasonsJSON(
    _ reasons: [ProfileReason], number: (Double) -> Double = { $0 }
  ) -> JSON {
    .array(
      reasons.map { reason in
        .object([
          .init("feature", .string(reason.feature.rawValue)),
          .init("value", reason.value.map { .number(number($0)) } ?? .null),
          .init("typical", reason.typical.map { .number(number($0)) } ?? .null),
          .init("contribution", .number(number(reason.contribution))),
        ])
      })
  }

  static func tableRow(_ fit: ProspectFit) -> [JSON.Member] {
    [
      .init("client", .string(fit.client.rawValue)),
      .init("stage", .string(fit.stage.rawValue)),
      .init("win probability", .string(fit.winProbability.map(RiskText.percent) ?? "")),
      .init("fit", .string(fit.fit.map(RiskText.percent) ?? "")),
      .init("band", .string(fit.band?.rawValue ?? "")),
      .init("reasons", .string(reasons(fit.reasons.prefix(2)))),
    ]
  }

  /// Reasons in words: "purchase-days 1 (typical 2) −0.41".
  static func reasons(_ reasons: ArraySlice<ProfileReason>) -> String {
    reasons.map { reason in
      "\(reason.feature.rawValue) \(figure(reason.value)) (typical \(figure(reason.typical)))"
        + " \(reason.contribution >= 0 ? "+" : "−")\(figure(abs(reason.contribution)))"
    }.joined(separator: "; ")
  }

  /// A figure with at most two decimals; "–" for none.
  static func figure(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "–" }
    let rounded = (value * 100).rounded() / 100
    return rounded == rounded.rounded() && abs(rounded) < 1e15
      ? String(Int64(rounded)) : String(rounded)
  }

  /// The profile, as `kam prospects --model` reports it.
  static func modelMembers(_ profile: KeyClientProfile) -> [JSON.Member] {
    let names = profile.features.map(\.feature.rawValue)
    let coefficients = profile.regression.map { regression in
      JSON.object(
        zip(["intercept"] + names, regression.coefficients).map { .init($0, .number($1)) })
    }
    let typical = JSON.object(
      profile.features.map { .init($0.feature.rawValue, $0.typical.map { .number($0) } ?? .null) })
    return [
      .init("model", .string(profile.model)),
      .init("features", .array(names.map { .string($0) })),
      .init("fitted", .bool(profile.fitted)),
      .init("trainedOn", .integer(Int64(profile.trainedOn))),
      .init("auc", profile.auc.map { .number($0) } ?? .null),
      .init(
        "aucBasis",
        profile.auc == nil ? .null : .string(profile.aucHeldOut ? "latest-cut" : "in-sample")),
      .init("statedAUC", profile.statedAUC.map { .number($0) } ?? .null),
      .init("label", profile.label.map { .string($0.rawValue) } ?? .null),
      .init("lasting", profile.label == nil ? .null : .integer(Int64(profile.lasting))),
      .init("baseRate", profile.baseRate.map { .number($0) } ?? .null),
      .init("trainingClients", .integer(Int64(profile.trainingClients))),
      .init("cut", profile.cut.map { .string($0.description) } ?? .null),
      .init("cuts", .array(profile.cuts.map { .string($0.description) })),
      .init("horizonDays", .integer(Int64(profile.horizonDays))),
      .init("earlyDays", .integer(Int64(profile.earlyDays))),
      .init("fallbackReason", profile.fallback.map { .string(reason($0)) } ?? .null),
      .init("coefficients", coefficients ?? .null),
      .init("typical", typical),
    ]
  }

  /// Why the profile was not learned, in one line.
  static func reason(_ fallback: ProfileFallback) -> String {
    switch fallback {
    case .historyTooShort(let days, let required):
      "\(fallback.name): a \(days)-day outcome period to learn from, at least \(required) needed"
    case .tooFewOutcomes(let lasting, let other, let required):
      "\(fallback.name): \(lasting) lasting and \(other) other training clients,"
        + " at least \(required) of each needed"
    case .didNotConverge(let iterations):
      "\(fallback.name): the fit did not settle in \(iterations) steps"
    }
  }
}
