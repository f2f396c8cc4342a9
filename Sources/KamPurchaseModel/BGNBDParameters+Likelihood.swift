#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BGNBDParameters {
  /// ln L(r, α, a, b | x, tₓ, T) for one client (Fader, Hardie & Lee 2005, eq. 6).
  ///
  /// Computed in the log form of the authors' spreadsheet note, so that clients with many
  /// purchases or long histories neither overflow nor underflow:
  ///
  ///     A₁ = ln Γ(r+x) − ln Γ(r) + r ln α
  ///     A₂ = ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x)      (= ln B(a,b+x) − ln B(a,b))
  ///     A₃ = −(r+x) ln(α+T)
  ///     A₄ = ln a − ln(b+x−1) − (r+x) ln(α+tₓ)                   (only when x > 0)
  ///     ln L = A₁ + A₂ + ln(e^A₃ + [x>0] e^A₄)
  ///
  /// The last term is a log-sum-exp taken around the larger exponent.
  public func logLikelihood(of summary: PurchaseSummary) -> Double {
    let x = Double(summary.frequency)
    let a1 =
      SpecialFunctions.logGamma(r + x) - SpecialFunctions.logGamma(r) + r * log(alpha)
    let a2 =
      SpecialFunctions.logGamma(a + b) + SpecialFunctions.logGamma(b + x)
      - SpecialFunctions.logGamma(b) - SpecialFunctions.logGamma(a + b + x)
    let a3 = -(r + x) * log(alpha + summary.age)
    guard summary.frequency > 0 else { return a1 + a2 + a3 }
    let a4 = log(a) - log(b + x - 1) - (r + x) * log(alpha + summary.recency)
    return a1 + a2 + Self.logSumExp(a3, a4)
  }

  /// Σᵢ ln Lᵢ over `summaries`, the quantity the fit maximises.
  public func logLikelihood(of summaries: some Sequence<PurchaseSummary>) -> Double {
    summaries.reduce(0) { $0 + logLikelihood(of: $1) }
  }

  /// ln(eᵘ + eᵛ) without overflow: the larger exponent is factored out.
  static func logSumExp(_ u: Double, _ v: Double) -> Double {
    let high = max(u, v)
    guard high.isFinite else { return high.isNaN ? .nan : high }
    return high + log1p(exp(min(u, v) - high))
  }
}
