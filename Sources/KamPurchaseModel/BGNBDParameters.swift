/// The four parameters of the BG/NBD model (Fader, Hardie & Lee 2005).
///
/// While alive, a client buys as a Poisson process whose rate λ is Gamma(r, α) across
/// clients; after each purchase they drop out with probability p, Beta(a, b) across
/// clients. α is a time scale in the summaries' unit (weeks), so λ has mean r/α per week.
/// All four must be positive; the formulas return NaN otherwise.
public struct BGNBDParameters: Hashable, Sendable {
  /// r: shape of the Gamma distribution of purchase rates.
  public var r: Double

  /// α: scale of the Gamma distribution of purchase rates, in weeks.
  public var alpha: Double

  /// a: first shape parameter of the Beta distribution of dropout probabilities.
  public var a: Double

  /// b: second shape parameter of the Beta distribution of dropout probabilities.
  public var b: Double

  /// Wraps the four parameters.
  public init(r: Double, alpha: Double, a: Double, b: Double) {
    self.r = r
    self.alpha = alpha
    self.a = a
    self.b = b
  }

  /// Whether all four parameters are finite and positive.
  public var isValid: Bool {
    [r, alpha, a, b].allSatisfy { $0.isFinite && $0 > 0 }
  }
}
