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
    let x = Double(summary.frequency)
    let silent = max(summary.age - summary.recency, 0)
    let days = facts.saleDayCount(through: date)
    let first = days > 0 ? Double(facts.spendThroughDay[0]) / 100 : 0
    let total = days > 0 ? Double(facts.spendThroughDay[days - 1]) / 100 : 0
    let repeatSpend = days > 1 ? (total - first) / Double(days - 1) : 0
    let shift =
      RidgeLogistic.logit(fit.probabilityNoPurchase(in: windowWeeks, given: summary))
      - RidgeLogistic.logit(fit.probabilityNoPurchase(in: referenceWeeks, given: summary))
    // Refunds can make a day's spend negative; the model reads spend as a size.
    return [
      log1p(x), log1p(silent), silent / max(summary.age, RecencySurvival.minimumGap),
      log1p(summary.age), log1p(max(repeatSpend, 0)), log1p(max(first, 0)), shift,
    ]
  }
}
