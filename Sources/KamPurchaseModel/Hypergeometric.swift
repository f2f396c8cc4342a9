#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z < 1.
///
/// Strategy (all standard identities, DLMF §15.8):
/// - terminating cases (a or b a non-positive integer) are summed exactly;
/// - z < 0 is mapped into (0, 1) by Pfaff's transformation z ↦ z/(z−1), choosing the
///   variant whose new series decays fastest;
/// - 0 < z ≤ `seriesLimit` uses the power series with a tail-bound stopping rule;
/// - `seriesLimit` < z < 1 uses the 1−z connection formula (15.8.4), whose series converge
///   fast there. It breaks down when c−a−b is an integer; near one, the value is
///   interpolated across b from points where the formula is well conditioned.
/// Returns NaN outside the domain (z ≥ 1, c a non-positive integer) or if a series fails to
/// converge.
enum Hypergeometric {
  /// Above this |z| the power series is slow and the 1−z formula takes over.
  static let seriesLimit = 0.9

  /// Bound on series terms; far more than any case reaching the series needs.
  static let maxTerms = 20_000

  /// Half-width unit of the interpolation used when c−a−b is close to an integer.
  static let integerGapStep = 1e-3

  /// ₂F₁(a, b; c; z).
  static func f21(_ a: Double, _ b: Double, _ c: Double, _ z: Double) -> Double {
    guard a.isFinite, b.isFinite, c.isFinite, z.isFinite, z < 1 else { return .nan }
    if z == 0 || a == 0 || b == 0 { return 1 }
    if SpecialFunctions.isNonPositiveInteger(a) || SpecialFunctions.isNonPositiveInteger(b) {
      return series(a, b, c, z)
    }
    if SpecialFunctions.isNonPositiveInteger(c) { return .nan }
    guard z < 0 else { return positive(a, b, c, z) }
    // Pfaff: F(a,b;c;z) = (1−z)^−a F(a, c−b; c; w) = (1−z)^−b F(c−a, b; c; w), w = z/(z−1).
    // The new series behaves like Σ n^(−1−(c−a′−b′)) wⁿ; the variant with c−a′−b′ = |b−a|
    // is the one that does not grow.
    let w = z / (z - 1)
    if b >= a {
      return pow(1 - z, -a) * positive(a, c - b, c, w)
    }
    return pow(1 - z, -b) * positive(c - a, b, c, w)
  }

  /// ₂F₁ for 0 < z < 1.
  private static func positive(_ a: Double, _ b: Double, _ c: Double, _ z: Double) -> Double {
    if z <= seriesLimit || SpecialFunctions.isNonPositiveInteger(a)
      || SpecialFunctions.isNonPositiveInteger(b)
    {
      return series(a, b, c, z)
    }
    let gap = c - a - b
    let nearest = gap.rounded()
    guard abs(gap - nearest) < 3 * integerGapStep else { return oneMinusZ(a, b, c, z) }
    // c−a−b ≈ m ∈ ℤ: move b so that c−a−b = m ± step, ±2·step, ±3·step, and interpolate.
    let integerB = c - a - nearest
    return SpecialFunctions.interpolate(across: integerB, step: integerGapStep, at: b) {
      oneMinusZ(a, $0, c, z)
    }
  }

  /// The power series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ.
  ///
  /// Stops when the geometric bound on the remaining tail, term·ρ/(1−ρ) with ρ the larger
  /// of the next term ratio and |z|, falls below half an ulp of the sum; this is checked only
  /// once n is past every negative parameter, after which the ratio keeps its sign and
  /// tends monotonically to z.
  static func series(_ a: Double, _ b: Double, _ c: Double, _ z: Double) -> Double {
    let settled = max(0, -a, -b, -c) + 1
    var term = 1.0
    var sum = 1.0
    for k in 0..<maxTerms {
      let n = Double(k)
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z
      sum += term
      if term == 0 { return sum }
      guard n >= settled else { continue }
      let next = abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z)
      let rho = max(next, abs(z))
      if rho < 1, abs(term) * rho / (1 - rho) <= Double.ulpOfOne / 2 * abs(sum) {
        return sum
      }
    }
    return .nan
  }

  /// DLMF 15.8.4 for 0 < z < 1 and non-integer s = c−a−b:
  ///   F = Γ(c)Γ(s)/(Γ(c−a)Γ(c−b)) · F(a, b; 1−s; 1−z)
  ///     + (1−z)^s Γ(c)Γ(−s)/(Γ(a)Γ(b)) · F(c−a, c−b; 1+s; 1−z).
  /// Gamma ratios are formed in log space so that large parameters do not overflow.
  private static func oneMinusZ(_ a: Double, _ b: Double, _ c: Double, _ z: Double) -> Double {
    let s = c - a - b
    let y = 1 - z
    var total = 0.0
    if !SpecialFunctions.isNonPositiveInteger(c - a), !SpecialFunctions.isNonPositiveInteger(c - b)
    {
      let coefficient = gammaRatio(numerator: [c, s], denominator: [c - a, c - b])
      total += coefficient * series(a, b, 1 - s, y)
    }
    let coefficient = gammaRatio(numerator: [c, -s], denominator: [a, b], logScale: s * log(y))
    total += coefficient * series(c - a, c - b, 1 + s, y)
    return total
  }

  /// exp(logScale) · ΠΓ(numerator) / ΠΓ(denominator), signs included.
  private static func gammaRatio(
    numerator: [Double], denominator: [Double], logScale: Double = 0
  ) -> Double {
    var logMagnitude = logScale
    var sign = 1.0
    for x in numerator {
      logMagnitude += SpecialFunctions.logGamma(x)
      sign *= SpecialFunctions.gammaSign(x)
    }
    for x in denominator {
      logMagnitude -= SpecialFunctions.logGamma(x)
      sign *= SpecialFunctions.gammaSign(x)
    }
    return sign * exp(logMagnitude)
  }
}
