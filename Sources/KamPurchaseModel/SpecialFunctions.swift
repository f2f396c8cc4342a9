#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small numerical helpers shared by the hypergeometric function and the BG/NBD formulas.
enum SpecialFunctions {
  /// ln |Γ(x)|.
  ///
  /// Goes through `lgamma_r` so that concurrent fits do not race on the C global `signgam`
  /// that plain `lgamma` writes.
  static func logGamma(_ x: Double) -> Double {
    var sign: Int32 = 0
    return lgamma_r(x, &sign)
  }

  /// ψ(x) = d ln Γ(x) / dx for x > 0, to about 1e-15 relative.
  ///
  /// Raises x to 10 or more with ψ(x) = ψ(x + 1) − 1/x, then sums the asymptotic series
  /// ln x − 1/(2x) − Σ B₂ₖ / (2k x²ᵏ) to k = 6 (Abramowitz & Stegun 6.3.18), whose next
  /// term is below 1e-15 there.
  static func digamma(_ x: Double) -> Double {
    var x = x
    var shift = 0.0
    while x < 10 {
      shift -= 1 / x
      x += 1
    }
    let f = 1 / (x * x)
    let series =
      f
      * (1.0 / 12
        - f * (1.0 / 120 - f * (1.0 / 252 - f * (1.0 / 240 - f * (1.0 / 132 - f * 691 / 32_760)))))
    return shift + log(x) - 0.5 / x - series
  }

  /// The sign of Γ(x): +1 for x > 0, alternating between the poles for x < 0.
  static func gammaSign(_ x: Double) -> Double {
    if x > 0 { return 1 }
    return x.rounded(.down).truncatingRemainder(dividingBy: 2) == 0 ? 1 : -1
  }

  /// Whether x is 0, −1, −2, …: a pole of Γ and a terminating Pochhammer symbol.
  static func isNonPositiveInteger(_ x: Double) -> Bool {
    x <= 0 && x == x.rounded()
  }

  /// Evaluates an analytic `f` at `x` from its values at centre ± k·step, k = 1, 2, 3.
  ///
  /// Used where a formula has a removable singularity at `centre` (0/0, or two diverging
  /// terms that cancel): the quintic through six nearby, well-conditioned points is accurate
  /// to O(step⁶), whereas evaluating the formula next to the singularity loses digits to
  /// cancellation in proportion to 1/distance. Meant for |x − centre| ≤ 3·step.
  static func interpolate(
    across centre: Double, step: Double, at x: Double, _ f: (Double) -> Double
  ) -> Double {
    let nodes: [Double] = [-3, -2, -1, 1, 2, 3]
    let u = (x - centre) / step
    var value = 0.0
    for k in nodes {
      var weight = 1.0
      for j in nodes where j != k {
        weight *= (u - j) / (k - j)
      }
      value += weight * f(centre + k * step)
    }
    return value
  }
}
