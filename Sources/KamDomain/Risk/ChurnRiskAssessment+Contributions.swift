extension ChurnRiskAssessment {
  /// The share of the risk that `signal` contributes: 0 for a signal that adds
  /// nothing (not read, or with a score of 0).
  public func contribution(of signal: RiskSignal) -> Double {
    reasons.first { $0.signal == signal }?.contribution ?? 0
  }
}
