import KamPurchaseModel
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NoPurchaseCalibration {
  /// The regression's features of one client on `date`, for a window of `windowWeeks`
  /// against the reference of `referenceWeeks`, under the purchase model fitted that day.
  ///
  /// - Parameters:
  ///   - facts: the client's facts; its sales after `date` are not read.
  ///   - summary: the client's (x, tₓ, T) on `date`.
  static func features(
    _ facts: RiskFacts, summary: PurchaseSummary, on date: CalendarDate, fit: PurchaseModelFit,
    windowWeeks: Double, referenceWeeks: Double
  ) -> [Double] {
    var row = [Double](repeating: 0, count: featureNames.count)
    row.withUnsafeMutableBufferPointer { buffer in
      appendRows(
        to: buffer.baseAddress!, facts, summary: summary, on: date, fit: fit,
        windowWeeks: CollectionOfOne(windowWeeks), referenceWeeks: referenceWeeks,
        intercept: false)
    }
    return row
  }

  /// ``features(_:summary:on:fit:windowWeeks:referenceWeeks:)`` for several windows at
  /// once, written one row after another from `target`, each row led by the intercept's 1
  /// when `intercept` is set.
  ///
  /// Only the shift differs between the windows of one client: P(alive), the reference's
  /// chance and the five size features are computed once, where a row at a time computed
  /// them for every window (the training set has three rows a client). The values are the
  /// same to the bit: each chance is `1 − P(alive) · (1 − P(none | alive))` as
  /// ``PurchaseModelFit/probabilityNoPurchase(in:given:)`` computes it.
  static func appendRows(
    to target: UnsafeMutablePointer<Double>, _ facts: RiskFacts, summary: PurchaseSummary,
    on date: CalendarDate, fit: PurchaseModelFit, windowWeeks: some Collection<Double>,
    referenceWeeks: Double, intercept: Bool
  ) {
    let x = Double(summary.frequency)
    let silent = max(summary.age - summary.recency, 0)
    let days = facts.saleDayCount(through: date)
    let first = days > 0 ? Double(facts.spendThroughDay[0]) / 100 : 0
    let total = days > 0 ? Double(facts.spendThroughDay[days - 1]) / 100 : 0
    let repeatSpend = days > 1 ? (total - first) / Double(days - 1) : 0
    let alive = fit.probabilityAlive(summary)
    func none(_ weeks: Double) -> Double {
      1 - alive * (1 - fit.probabilityNoPurchaseIfAlive(in: weeks, given: summary))
    }
    let reference = RidgeLogistic.logit(none(referenceWeeks))
    // Refunds can make a day's spend negative; the model reads spend as a size.
    let size = (
      log1p(x), log1p(silent), silent / max(summary.age, RecencySurvival.minimumGap),
      log1p(summary.age), log1p(max(repeatSpend, 0)), log1p(max(first, 0))
    )
    var next = target
    for window in windowWeeks {
      if intercept {
        next.pointee = 1
        next += 1
      }
      next[0] = size.0
      next[1] = size.1
      next[2] = size.2
      next[3] = size.3
      next[4] = size.4
      next[5] = size.5
      next[6] = RidgeLogistic.logit(none(window)) - reference
      next += 7
    }
  }
}
