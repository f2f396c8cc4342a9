import KamDomain
import KamPurchaseModel

/// Churn-risk figures in words, for tables and the demo: reasons with their value and unit.
enum RiskText {
  /// A probability as a whole percentage, `0.734` → `73 %`; one that would round
  /// to 100 % or 0 % without being certain gets a decimal, `0.996` → `99.6 %`, or
  /// a bound, `0.9996` → `> 99.9 %`: "P(alive) 100 %" claims what no model knows.
  static func percent(_ share: Double) -> String {
    guard share.isFinite, share.magnitude < 1e12 else { return "–" }
    let whole = (share * 100).rounded()
    guard share > 0, share < 1, whole == 0 || whole == 100 else { return "\(Int(whole)) %" }
    let tenths = Int((share * 1000).rounded())
    if tenths >= 1000 { return "> 99.9 %" }
    if tenths <= 0 { return "< 0.1 %" }
    return "\(tenths / 10).\(tenths % 10) %"
  }

  /// The top `count` reasons in words, leaving out those that add less than half a
  /// percentage point of risk: "P(alive) 100 %" explains nothing to a reader.
  static func reasons(of assessment: ChurnRiskAssessment, count: Int) -> String {
    assessment.reasons.filter { $0.contribution >= 0.005 }.prefix(count)
      .map { reason($0, in: assessment) }.joined(separator: "; ")
  }

  /// One reason in words, with the figures behind it: "no meeting for 89 days, usually 25".
  static func reason(_ reason: RiskReason, in assessment: ChurnRiskAssessment) -> String {
    let reading = assessment.signals.first { $0.signal == reason.signal }
    let detail = reading?.detail
    func days(_ value: Double) -> String {
      guard value.isFinite, value.magnitude < 1e15 else { return "–" }
      return "\(Int(value.rounded()))"
    }
    switch reason.signal {
    case .pAlive:
      return "P(alive) \(percent(reason.value))"
    case .contactGap:
      return "no meeting for \(days(reason.value)) days"
        + (detail.map { ", usually \(days($0))" } ?? "")
    case .purchaseGap:
      return "no purchase for \(days(reason.value)) days"
        + (detail.map { ", buys every \(days($0)) days or so" } ?? "")
    case .complaints:
      let open = Int(reason.value)
      return "\(open) open complaint\(open == 1 ? "" : "s")"
        + (detail.map { $0 > 0 ? ", \(Int($0)) stale" : "" } ?? "")
    case .discountPressure:
      let count = Int(reason.value)
      return count == 1
        ? "1 discount granted or deal lost" : "\(count) discounts granted or deals lost"
    case .attentionShift:
      return "owner's acquisition share up \(percent(reason.value))"
        + (detail.map { " to \(percent($0))" } ?? "")
    }
  }

  /// Why a purchase model fell back, in one line.
  static func reason(_ fallback: PurchaseModelFit.FallbackReason) -> String {
    switch fallback {
    case .tooFewRepeatBuyers(let found, let required):
      "too few repeat buyers: \(found), at least \(required) needed"
    case .didNotConverge(let evaluations):
      "the fit did not converge in \(evaluations) evaluations"
    case .atBounds(let names):
      "the fit ended on a bound for \(names.joined(separator: ", "))"
    }
  }

  /// Why the calibration of the chance of no purchase is not used, in one line.
  static func reason(_ fallback: NoPurchaseCalibration.FallbackReason) -> String {
    switch fallback {
    case .historyTooShort(let days, let required):
      "too short a history: a \(days)-day window to learn from, at least \(required) needed"
    case .tooFewOutcomes(let bought, let quiet, let required):
      "too few outcomes to learn from: \(bought) windows with a purchase, \(quiet) without,"
        + " at least \(required) of each needed"
    case .didNotConverge(let iterations):
      "the calibration did not converge in \(iterations) steps"
    }
  }

  /// Why the spend model fell back, in one line.
  static func reason(_ fallback: SpendModelFit.FallbackReason) -> String {
    switch fallback {
    case .tooFewRepeatBuyers(let found, let required):
      "too few clients with a repeat purchase: \(found), at least \(required) needed"
    case .didNotConverge(let evaluations):
      "the fit did not converge in \(evaluations) evaluations"
    case .atBounds(let names):
      "the fit ended on a bound for \(names.joined(separator: ", "))"
    case .infiniteMeanSpend(let q):
      "q = \(q) ≤ 1 would make the mean spend infinite"
    }
  }
}
