extension PurchaseModelFit {
  /// Knobs for `PurchaseModelFit.fit(_:options:)`; the defaults suit weekly summaries.
  public struct Options: Hashable, Sendable {
    /// Fewest clients with x > 0 for BG/NBD to be attempted (and never with none).
    ///
    /// With only a handful of repeat buyers the dropout Beta(a, b) is barely identified and
    /// the maximum likelihood drifts to the edge of the box, so below this the recency rule
    /// is used instead.
    public var minimumRepeatBuyers: Int

    /// Box for every one of r, α, a, b: the search runs on their logarithms, clamped here.
    public var parameterBounds: ClosedRange<Double>

    /// k of the recency rule.
    public var recencyPatience: Double

    /// Budget of likelihood evaluations for the optimiser, over all restarts.
    public var maxEvaluations: Int

    /// How small a full BFGS step, or how close the simplex's vertices to one another, must
    /// be in every log-parameter before the optimiser stops. The default reproduces published estimates to
    /// many digits; an interactive command can stop sooner, since it shows a risk to
    /// four digits.
    public var parameterTolerance: Double

    /// Options with the documented defaults: 10 repeat buyers, [1e-4, 1e4], k = 3,
    /// 20,000 evaluations, parameters to 1e-9.
    public init(
      minimumRepeatBuyers: Int = 10,
      parameterBounds: ClosedRange<Double> = 1e-4...1e4,
      recencyPatience: Double = 3,
      maxEvaluations: Int = 20_000,
      parameterTolerance: Double = 1e-9
    ) {
      self.minimumRepeatBuyers = minimumRepeatBuyers
      self.parameterBounds = parameterBounds
      self.recencyPatience = recencyPatience
      self.maxEvaluations = maxEvaluations
      self.parameterTolerance = parameterTolerance
    }

    /// Nil when usable, otherwise what is wrong.
    var problem: String? {
      if minimumRepeatBuyers < 0 { return "minimumRepeatBuyers must be ≥ 0" }
      if !(parameterBounds.lowerBound > 0) || !parameterBounds.upperBound.isFinite {
        return "parameterBounds must be positive and finite"
      }
      if !(recencyPatience > 0) || !recencyPatience.isFinite {
        return "recencyPatience must be positive and finite"
      }
      if maxEvaluations < 1 { return "maxEvaluations must be ≥ 1" }
      if !(parameterTolerance > 0) || !(parameterTolerance < 1) {
        return "parameterTolerance must be between 0 and 1"
      }
      return nil
    }
  }
}
