/// One of the signals churn risk is made of, named as reports print it.
///
/// P(alive) looks at buying alone; the others are the neglect a customer-success tool
/// would flag: silence from our side, silence from theirs, unresolved trouble, price
/// pressure, and the account owner's attention moving to new acquisition.
public enum RiskSignal: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// 1 − P(alive) from the purchase model.
  case pAlive = "p-alive"
  /// Days since our last meeting against the client's usual gap between meetings.
  case contactGap = "contact-gap"
  /// Days since the last purchase against the client's usual gap between purchases.
  case purchaseGap = "purchase-gap"
  /// Open complaints, stale ones counting twice.
  case complaints
  /// Granted discounts and lost negotiations in the recent past.
  case discountPressure = "discount-pressure"
  /// The owner's meetings moved to acquisition while this loyal client waited.
  case attentionShift = "attention-shift"

  /// The signal's weight in the risk, from the policy.
  public func weight(in policy: Policy) -> Double {
    switch self {
    case .pAlive: policy.weightPAlive
    case .contactGap: policy.weightContactGap
    case .purchaseGap: policy.weightPurchaseGap
    case .complaints: policy.weightComplaints
    case .discountPressure: policy.weightDiscounts
    case .attentionShift: policy.weightAttentionShift
    }
  }

  /// The sum of all signals' weights: the risk's denominator, so risk stays in [0, 1].
  public static func totalWeight(in policy: Policy) -> Double {
    allCases.reduce(0) { $0 + $1.weight(in: policy) }
  }

  /// The raw value.
  public var description: String { rawValue }
}
