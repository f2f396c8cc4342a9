/// One client's purchase history reduced to what the BG/NBD model needs: (x, tₓ, T).
///
/// Time is measured in weeks because the published parameter values (CDNOW, Fader, Hardie
/// & Lee 2005) are in weeks; a model fitted on weekly summaries predicts weekly horizons.
public struct PurchaseSummary: Hashable, Sendable {
  /// x: repeat purchases, counted as distinct purchase days after the first one.
  public var frequency: Int

  /// tₓ: weeks from the first purchase to the last one (0 when `frequency` is 0).
  public var recency: Double

  /// T: weeks from the first purchase to the evaluation instant.
  public var age: Double

  /// Wraps the three statistics; see `isValid` for what the model accepts.
  public init(frequency: Int, recency: Double, age: Double) {
    self.frequency = frequency
    self.recency = recency
    self.age = age
  }

  /// Whether the statistics are consistent: x ≥ 0 and 0 ≤ tₓ ≤ T, all finite.
  ///
  /// A summary with x = 0 and tₓ > 0 is tolerated: the likelihood and predictions never read
  /// tₓ when nobody came back, so rejecting it would only punish a harmless rounding choice.
  public var isValid: Bool {
    frequency >= 0 && recency.isFinite && age.isFinite && recency >= 0 && recency <= age
  }
}
