extension ChurnRiskAssessment {
  /// The chance that the client is lost, not merely quiet, within the horizon: the risk's
  /// noisy-OR without the purchase gap, 1 − Πₛ (1 − wₛ · scoreₛ) over P(alive) and the
  /// neglect signals.
  ///
  /// The risk is the chance of no purchase within the horizon, and a client that buys once
  /// a year is often quiet for half of one without being lost; what churn costs is what a
  /// client that has dropped out, or will leave because it is neglected, no longer brings.
  public func churnProbability(policy: Policy) -> Double {
    var stays = 1.0
    for reading in signals where reading.signal != .purchaseGap {
      stays *= 1 - min(max(reading.signal.weight(in: policy) * reading.score, 0), 1)
    }
    return 1 - stays
  }
}
