/// A signal's share of a client's churn risk, as `kam risk` lists it.
public struct RiskReason: Hashable, Sendable {
  /// Which signal.
  public var signal: RiskSignal
  /// The signal's human-meaningful value (see `SignalReading`).
  public var value: Double
  /// The signal's share of the risk's total hazard, risk × hₛ / Σ h with
  /// hₛ = −ln(1 − weight × score): the contributions of a client's reasons sum to its risk.
  public var contribution: Double

  /// Wraps a reason.
  public init(signal: RiskSignal, value: Double, contribution: Double) {
    self.signal = signal
    self.value = value
    self.contribution = contribution
  }
}
