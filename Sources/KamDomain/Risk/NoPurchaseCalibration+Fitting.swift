import KamPurchaseModel
import KamTime

extension NoPurchaseCalibration {
  /// h for a book on `date`: min(H, ⅔ of the days from the book's first sale to `date`).
  static func referenceDays(_ facts: [RiskFacts], on date: CalendarDate, horizonDays: Int)
    -> Int
  {
    let firstSale = facts.lazy.compactMap(\.firstSale).filter { $0 <= date }.min()
    let span = firstSale.map { Int($0.days(to: date)) } ?? 0
    return min(horizonDays, 2 * span / 3)
  }

  /// The training cut c = d − h, or nil when h is too short to learn from.
  static func cut(on date: CalendarDate, referenceDays: Int) -> CalendarDate? {
    referenceDays >= minimumReferenceDays ? date.adding(days: -Int64(referenceDays)) : nil
  }

  /// Learns the calibration from the book as of `model.date`, or names why it cannot.
  ///
  /// - Parameters:
  ///   - facts: every client's facts (sales after the evaluation day are not read).
  ///   - model: the book's purchase model on the evaluation day.
  ///   - cutModel: the book's purchase model on ``cut(on:referenceDays:)``; nil when there
  ///     is no cut.
  ///   - horizonDays: H, the horizon the chance is for.
  ///   - referenceDays: h, from ``referenceDays(_:on:horizonDays:)``.
  init(
    facts: [RiskFacts], model: BookPurchaseModel, cutModel: BookPurchaseModel?,
    horizonDays: Int, referenceDays: Int
  ) {
    self.horizonDays = horizonDays
    self.referenceDays = referenceDays
    windowDays = Self.windowShares.map { Int(($0 * Double(referenceDays)).rounded()) }
    trainingRows = 0
    guard let cutModel, let cut = Self.cut(on: model.date, referenceDays: referenceDays) else {
      fallbackReason = .historyTooShort(
        referenceDays: referenceDays, required: Self.minimumReferenceDays)
      return
    }
    self.cut = cut
    self.cutModel = cutModel.fit.model
    let referenceWeeks = Double(referenceDays) / PurchaseSummary.daysPerWeek
    // Each client's rows on every core (one P(alive), four chances), in client order; the
    // design matrix is built flat, led by the intercept's 1, as the regression reads it.
    let windows = windowDays
    let windowWeeks = windows.map { Double($0) / PurchaseSummary.daysPerWeek }
    let columns = Self.featureNames.count + 1
    let fit = cutModel.fit
    let perClient = ParallelMap.map(facts) { client -> (design: [Double], quiet: [Bool]) in
      guard let summary = cutModel.summaries[client.client] else { return ([], []) }
      let design = [Double](unsafeUninitializedCapacity: windows.count * columns) {
        buffer, count in
        Self.appendRows(
          to: buffer.baseAddress!, client, summary: summary, on: cut, fit: fit,
          windowWeeks: windowWeeks, referenceWeeks: referenceWeeks, intercept: true)
        count = windows.count * columns
      }
      let boughtByCut = client.saleDayCount(through: cut)
      let quiet = windows.map {
        client.saleDayCount(through: cut.adding(days: Int64($0))) == boughtByCut
      }
      return (design, quiet)
    }
    var design: [Double] = []
    var quiet: [Bool] = []
    quiet.reserveCapacity(cutModel.summaries.count * windows.count)
    design.reserveCapacity(quiet.capacity * columns)
    for rows in perClient {
      design.append(contentsOf: rows.design)
      quiet.append(contentsOf: rows.quiet)
    }
    trainingRows = quiet.count
    let quietRows = quiet.count(where: { $0 })
    let required = Self.minimumRowsPerOutcome
    guard quietRows >= required, quiet.count - quietRows >= required else {
      fallbackReason = .tooFewOutcomes(
        bought: quiet.count - quietRows, quiet: quietRows, required: required)
      return
    }
    let regression = RidgeLogistic.fit(
      design: design, columns: columns, labels: quiet, ridge: Self.ridge)
    guard let regression, regression.converged else {
      fallbackReason = .didNotConverge(iterations: regression?.iterations ?? 0)
      return
    }
    self.regression = regression
  }

  /// P(no purchase within the horizon) of `client` on the evaluation day: the learned
  /// chance when fitted, the purchase model's otherwise; nil for a client with no purchase
  /// by then.
  func probabilityNoPurchase(_ client: RiskFacts, model: BookPurchaseModel) -> Double? {
    guard let summary = model.summaries[client.client] else { return nil }
    let horizonWeeks = Double(horizonDays) / PurchaseSummary.daysPerWeek
    guard let regression, fallbackReason == nil else {
      return model.fit.probabilityNoPurchase(in: horizonWeeks, given: summary)
    }
    return regression.probability(
      Self.features(
        client, summary: summary, on: model.date, fit: model.fit, windowWeeks: horizonWeeks,
        referenceWeeks: Double(referenceDays) / PurchaseSummary.daysPerWeek))
  }
}
