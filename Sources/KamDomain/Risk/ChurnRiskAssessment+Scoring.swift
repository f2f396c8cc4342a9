extension ChurnRiskAssessment {
  /// Combines readings into a risk under the policy's weights.
  ///
  /// A signal that could not be read (P(alive) of a prospect) scores 0 but its weight
  /// stays in the denominator, so risks of different clients are on one scale.
  public init(
    client: ClientSlug, loyal: Bool, pAlive: Double?, signals: [SignalReading], policy: Policy
  ) {
    let total = RiskSignal.totalWeight(in: policy)
    var reasons: [RiskReason] = []
    var risk = 0.0
    for reading in signals {
      let weight = reading.signal.weight(in: policy)
      guard total > 0, weight > 0, reading.score > 0 else { continue }
      let contribution = weight * reading.score / total
      risk += contribution
      reasons.append(
        RiskReason(signal: reading.signal, value: reading.value, contribution: contribution))
    }
    let order = RiskSignal.allCases
    // Ties keep the signals' declared order, so the list is the same on every run.
    reasons.sort {
      if $0.contribution != $1.contribution { return $0.contribution > $1.contribution }
      return order.firstIndex(of: $0.signal)! < order.firstIndex(of: $1.signal)!
    }
    let bounded = min(max(risk, 0), 1)
    self.init(
      client: client, loyal: loyal, risk: bounded, band: RiskBand(risk: bounded, policy: policy),
      pAlive: pAlive, reasons: reasons, signals: signals)
  }

  /// The reading of `signal`, if it was read.
  public func reading(_ signal: RiskSignal) -> SignalReading? {
    signals.first { $0.signal == signal }
  }
}
