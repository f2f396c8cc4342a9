/// One of the signals churn risk is made of, named as reports print it.
///
/// P(alive) and the purchase gap come from the purchase model: has the client dropped out,
/// and if not, will it buy within the horizon at its rate. The others are the neglect a
/// customer-success tool would flag: silence from our side, unresolved trouble, price
/// pressure, and the account owner's attention moving to new acquisition.
public enum RiskSignal: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// 1 − P(alive) from the purchase model.
  case pAlive = "p-alive"
  /// Days since our last meeting against the client's usual gap between meetings.
  case contactGap = "contact-gap"
  /// P(no purchase within the policy's horizon | alive), from the client's purchase rate;
  /// read with the days since the last purchase.
  case purchaseGap = "purchase-gap"
  /// Open complaints, stale ones counting twice.
  case complaints
  /// Granted discounts and lost negotiations in the recent past.
  case discountPressure = "discount-pressure"
  /// The owner's meetings moved to acquisition while this loyal client waited.
  case attentionShift = "attention-shift"

  /// The signal's weight in the risk, from the policy: a full score alone is a chance of
  /// this size that the client stops buying within the horizon.
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

  /// The unit of the signal's value (`RiskReason.value`, `SignalReading.value`).
  public var unit: String {
    switch self {
    case .pAlive: "probability"
    case .contactGap, .purchaseGap: "days"
    case .complaints: "complaints"
    case .discountPressure: "negotiations"
    case .attentionShift: "share"
    }
  }

  /// The raw value.
  public var description: String { rawValue }
}
