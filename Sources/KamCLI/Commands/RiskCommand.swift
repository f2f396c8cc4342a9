import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamPurchaseModel
import KamTime

/// `kam risk`: churn risk of loyal clients, with reasons and what is at stake.
struct RiskCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "risk",
    abstract:
      "Churn risk of loyal clients (everyone with --all), with reasons and value at stake; --model shows the models.",
    discussion: """
      Loyal: a first sale at least 365 days ago and stage cooperation or above, or \
      Pareto class A. Risk is the chance of no purchase within the policy's horizon \
      (180 days): the purchase model (BG/NBD), calibrated on the book's own past, \
      combined with neglect signals as independent causes; each reason's contribution is \
      its share of the risk. \
      Value at stake is the profit expected within the horizon that churn would lose: \
      purchases expected if the client stays, times its expected spend (Gamma-Gamma) and \
      its own margin, times 1 − P(alive). Sorted by value at stake, highest first \
      (see docs/risk.md).

      Examples:
        kam risk
        kam risk --all --sort risk
        kam risk --model -O json
      """)

  /// The orders `kam risk` can list in.
  enum Order: String, ExpressibleByArgument, CaseIterable {
    /// Value at stake, highest first, then risk.
    case valueAtStake = "value-at-stake"
    /// Risk, highest first, then value at stake.
    case risk
  }

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Every client with a purchase, not only the loyal ones.") var all = false
  @Flag(help: "Show the fitted purchase and spend models and the calibration instead.")
  var model = false
  @Option(help: "The order to list in.") var sort: Order = .valueAtStake
  @OptionGroup var selection: ClientSelection

  func run() throws {
    let book = try global.openBook()
    if model {
      let models = try book.riskModels(
        on: try global.evaluationDate(), knownAt: try global.knownAtInstant())
      printModels(models.risk.purchase, models.spend, models.risk.calibration)
      return
    }
    let view = try book.riskListing(
      on: try global.evaluationDate(), knownAt: try global.knownAtInstant())
    let owners = selection.names(of: view.rows.lazy.map(\.client))
    let keep = try selection.filter(owners: owners)
    // The rows stay where they are; what is sorted, selected and cut is their positions.
    let rows = view.rows
    let positions = Self.positions(view, all: all, order: sort)
    let (shown, cut) = selection.limited(
      selection.narrows ? positions.filter { keep(rows[$0].client) } : positions)
    if global.outputFormat == .json {
      global.console.line(jsonArray: shown) { Self.json(rows[$0]) }
      return
    }
    let empty = all ? "(no clients with purchases)" : "(no loyal clients)"
    guard global.outputFormat == .table else {
      global.writer.write(shown.map { Self.tableRow(rows[$0]) }, empty: empty)
      return
    }
    var title = try global.titleParts(
      all ? "Churn risk of clients with purchases" : "Churn risk of loyal clients",
      date: view.date, currency: book.currency)
    title.insert("risk of no purchase within \(view.policy.riskHorizonDays) days", at: 2)
    selection.mark(
      &title, owners: owners, order: sort == .valueAtStake ? nil : sort.rawValue, cut: cut)
    global.printTable(
      PeopleTable(
        title: title, columns: Self.columns, rows: shown.map { Self.cells(rows[$0]) },
        empty: empty))
  }

  /// The columns of the table: the client, its risk and what is at stake kept longest.
  static let columns = [
    TableColumn("Client", priority: 0, shrinksTo: 14),
    TableColumn("Owner", priority: 6, shrinksTo: 10),
    TableColumn("Risk", priority: 1),
    TableColumn("Band", priority: 8),
    TableColumn("Last purchase", short: "Bought", priority: 4),
    TableColumn("Last contact", short: "Met", priority: 5),
    TableColumn("Profit", priority: 7, totalled: true),
    TableColumn("Value at stake", short: "At stake", priority: 2, totalled: true),
    TableColumn("Top reasons", short: "Reasons", priority: 3, shrinksTo: 18, fills: true),
  ]

  /// A listed client's cells, in the order of ``columns``.
  static func cells(_ listed: RiskListing) -> [TableCell] {
    let (assessment, stake) = (listed.assessment, listed.stake)
    return [
      .text(assessment.client.rawValue), listed.client.owner.map { .text($0) } ?? .empty,
      .figure(RiskText.percent(assessment.risk)), .text(assessment.band.rawValue),
      stake.lastPurchase.map { .date($0) } ?? .text("never"),
      stake.lastContact.map { .date($0) } ?? .text("never"),
      .money(listed.client.value.profit), .money(stake.valueAtStake),
      .text(RiskText.reasons(of: assessment, count: 2)),
    ]
  }

  /// The loyal clients (every buying client with `all`) of `listing`, in `order`.
  static func listed(_ listing: BookListing<RiskListing>, all: Bool, order: Order)
    -> [RiskListing]
  {
    positions(listing, all: all, order: order).map { listing.rows[$0] }
  }

  /// The positions in `listing` of ``listed(_:all:order:)``'s rows, in its order.
  static func positions(_ listing: BookListing<RiskListing>, all: Bool, order: Order) -> [Int] {
    let rows = listing.rows
    // Positions, sorted on the rows' keys alone: a listing is hundreds of bytes, and each
    // copy retains every array it holds (handing two whole rows to each comparison, then
    // copying the sorted rows for `kam risk` to print, was a fifth of `kam risk --all`).
    let chosen = rows.indices.filter {
      !rows[$0].client.isProspect && (all || rows[$0].assessment.loyal)
    }
    let keys = chosen.map { SortKey(rows[$0]) }
    return keys.indices.sorted { keys[$0].precedes(keys[$1], by: order) }.map { chosen[$0] }
  }

  static func json(_ listed: RiskListing) -> JSON {
    let (assessment, stake) = (listed.assessment, listed.stake)
    return .object([
      .init("client", .string(assessment.client.rawValue)),
      .init("risk", .number(assessment.risk)),
      .init("band", .string(assessment.band.rawValue)),
      .init("pAlive", assessment.pAlive.map { .number($0) } ?? .null),
      .init("expectedPurchases", .number(stake.expectedPurchases)),
      .init("expectedProfit", .string(stake.expectedProfit.description)),
      .init("valueAtStake", .string(stake.valueAtStake.description)),
      .init("owner", listed.client.owner.map { .string($0) } ?? .null),
      .init("lastPurchase", stake.lastPurchase.map { .string($0.description) } ?? .null),
      .init("lastContact", stake.lastContact.map { .string($0.description) } ?? .null),
      .init("loyal", .bool(assessment.loyal)),
      .init(
        "reasons",
        .array(
          assessment.reasons.map {
            .object([
              .init("signal", .string($0.signal.rawValue)),
              .init("value", .number($0.value)),
              .init("unit", .string($0.signal.unit)),
              .init("contribution", .number($0.contribution)),
            ])
          })),
    ])
  }

  static func tableRow(_ listed: RiskListing) -> [JSON.Member] {
    let (assessment, stake) = (listed.assessment, listed.stake)
    return [
      .init("client", .string(assessment.client.rawValue)),
      .init("owner", .string(listed.client.owner ?? "")),
      .init("risk", .string(RiskText.percent(assessment.risk))),
      .init("band", .string(assessment.band.rawValue)),
      .init("last purchase", .string(stake.lastPurchase?.description ?? "never")),
      .init("last contact", .string(stake.lastContact?.description ?? "never")),
      .init("profit", .string(listed.client.value.profit.description)),
      .init("at stake", .string(stake.valueAtStake.description)),
      .init(
        "reasons",
        .string(
          RiskText.reasons(of: assessment, count: 2))),
    ]
  }

  /// Four decimals: what a person reads, stable across platforms.
  static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

  private func printModels(
    _ fit: PurchaseModelFit, _ spend: SpendModelFit, _ calibration: NoPurchaseCalibration
  ) {
    let spendModel: [JSON.Member] = [
      .init("model", .string(spend.fitted ? "gamma-gamma" : "mean-spend")),
      .init("p", spend.parameters.map { .number($0.p) } ?? .null),
      .init("q", spend.parameters.map { .number($0.q) } ?? .null),
      .init("v", spend.parameters.map { .number($0.v) } ?? .null),
      .init("fitted", .bool(spend.fitted)),
    ]
    var members: [JSON.Member] = [
      .init("model", .string(fit.model.rawValue)),
      .init("r", fit.r.map { .number($0) } ?? .null),
      .init("alpha", fit.alpha.map { .number($0) } ?? .null),
      .init("a", fit.a.map { .number($0) } ?? .null),
      .init("b", fit.b.map { .number($0) } ?? .null),
      .init("logLikelihood", fit.logLikelihood.map { .number($0) } ?? .null),
      .init("clients", .integer(Int64(fit.clients))),
      .init("fitted", .bool(fit.fitted)),
      .init("fallbackReason", fit.fallbackReason.map { .string(RiskText.reason($0)) } ?? .null),
      .init("converged", .bool(fit.converged)),
      .init("atBounds", .array(fit.atBounds.map { .string($0) })),
    ]
    let console = global.console
    let calibrated = Self.calibrationMembers(calibration)
    if global.outputFormat == .json {
      members.append(.init("spendModel", .object(spendModel)))
      members.append(.init("calibration", .object(calibrated)))
      console.line(JSON.object(members))
      return
    }
    let writer = global.writer
    writer.write([members])
    if global.outputFormat == .table { console.line("") }
    writer.write([
      spendModel + [
        .init("clients", .integer(Int64(spend.clients))),
        .init("fallbackReason", spend.fallbackReason.map { .string(RiskText.reason($0)) } ?? .null),
      ]
    ])
    if global.outputFormat == .table { console.line("") }
    writer.write([calibrated.filter { $0.key != "coefficients" }])
  }

  /// The calibration of the chance of no purchase, as `kam risk --model` reports it.
  static func calibrationMembers(_ calibration: NoPurchaseCalibration) -> [JSON.Member] {
    let names = ["intercept"] + NoPurchaseCalibration.featureNames
    let coefficients = calibration.regression.map { regression in
      JSON.object(zip(names, regression.coefficients).map { .init($0, .number($1)) })
    }
    return [
      .init("model", .string(calibration.fitted ? "ridge-logistic" : "purchase-model")),
      .init("fitted", .bool(calibration.fitted)),
      .init(
        "fallbackReason", calibration.fallbackReason.map { .string(RiskText.reason($0)) } ?? .null),
      .init("horizonDays", .integer(Int64(calibration.horizonDays))),
      .init("referenceDays", .integer(Int64(calibration.referenceDays))),
      .init("cut", calibration.cut.map { .string($0.description) } ?? .null),
      .init("trainingRows", .integer(Int64(calibration.trainingRows))),
      .init("coefficients", coefficients ?? .null),
    ]
  }
}
