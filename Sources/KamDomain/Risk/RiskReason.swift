/// A signal's share of a client's churn risk, as `kam risk` lists it.
public struct RiskReason: Hashable, Sendable {
  /// Which signal.
  public var signal: RiskSignal
  /// The signal's human-meaningful value (see `SignalReading`).
  public var value: Double
  /// weight × score / Σ weights: the contributions of a client's reasons sum to its risk.
  public var contribution: Double

  /// Wraps a reason.
  public init(signal: RiskSignal, value: Double, contribution: Double) {
    self.signal = signal
    self.value = value
    self.contribution = contribution
  }
}
