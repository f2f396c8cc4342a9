/// How worrying a churn risk is, cut at the policy's thresholds.
public enum RiskBand: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// Below `riskMedium`.
  case low
  /// From `riskMedium` up to, not including, `riskHigh`.
  case medium
  /// From `riskHigh` up.
  case high

  /// The band of `risk` under `policy`: thresholds belong to the band above them.
  public init(risk: Double, policy: Policy) {
    if risk >= policy.riskHigh {
      self = .high
    } else if risk >= policy.riskMedium {
      self = .medium
    } else {
      self = .low
    }
  }

  /// The raw value.
  public var description: String { rawValue }
}
