#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ChurnRiskAssessment {
  /// Combines readings into a risk under the policy's weights, as independent causes.
  ///
  /// Each signal s alone would make the client stop buying within the horizon with chance
  /// pₛ = weightₛ × scoreₛ (weights and scores in [0, 1]); the risk is the chance that at
  /// least one does, `1 − Πₛ (1 − pₛ)` (a noisy-OR). Written as hazards,
  /// hₛ = −ln(1 − pₛ) and risk = 1 − e^(−Σ hₛ), so each signal's contribution is its share of
  /// the total hazard, `risk × hₛ / Σ h`, and the contributions sum to the risk. A signal with
  /// pₛ = 1 makes the risk 1; such signals then share it equally (the limit of the shares).
  /// A signal that could not be read (P(alive) of a prospect) adds nothing.
  public init(
    client: ClientSlug, loyal: Bool, pAlive: Double?, signals: [SignalReading], policy: Policy
  ) {
    var hazards: [(reading: SignalReading, hazard: Double)] = []
    for reading in signals {
      let chance = min(max(reading.signal.weight(in: policy), 0), 1) * reading.score
      guard chance > 0 else { continue }
      hazards.append((reading, chance >= 1 ? .infinity : -log1p(-chance)))
    }
    let certain = hazards.count(where: { $0.hazard == .infinity })
    let total = hazards.reduce(0) { $0 + $1.hazard }
    let risk = certain > 0 ? 1 : -expm1(-total)
    var reasons: [RiskReason] = []
    for (reading, hazard) in hazards {
      let contribution =
        certain > 0 ? (hazard == .infinity ? 1 / Double(certain) : 0) : risk * hazard / total
      guard contribution > 0 else { continue }
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
