#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension GammaGammaParameters {
  /// One client's log-likelihood of spending m̄ₓ on average over x repeat days, with the
  /// constant terms lifetimes keeps (so that sums compare with its fitter's):
  ///
  /// ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln v + (px − 1) ln m̄ + px ln x − (px + q) ln(x m̄ + v).
  public func logLikelihood(_ summary: SpendSummary) -> Double {
    let x = Double(summary.repeatDays)
    let m = summary.meanSpend
    let px = p * x
    return SpecialFunctions.logGamma(px + q) - SpecialFunctions.logGamma(px)
      - SpecialFunctions.logGamma(q) + q * log(v) + (px - 1) * log(m) + px * log(x)
      - (px + q) * log(x * m + v)
  }
}
