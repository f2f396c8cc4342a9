#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension GammaGammaLikelihood {
  /// The mean log-likelihood per client at `parameters` and its gradient with respect to
  /// (ln p, ln q, ln v), the coordinates the fit searches in.
  ///
  /// With sᵢ = xᵢ m̄ᵢ and ψ the digamma function, per client:
  ///
  ///     ∂/∂p = x [ψ(px+q) − ψ(px) + ln m̄ + ln x − ln(s+v)]
  ///     ∂/∂q = ψ(px+q) − ψ(q) + ln v − ln(s+v)
  ///     ∂/∂v = q/v − (px+q)/(s+v)
  ///
  /// the digamma terms computed once per distinct x, as the likelihood's Gamma terms are.
  func valueAndLogGradient(_ parameters: GammaGammaParameters) -> (
    value: Double, gradient: [Double]
  ) {
    let (p, q, v) = (parameters.p, parameters.q, parameters.v)
    let n = Double(clients.count)
    let (logGammaQ, psiQ, logV) = (
      SpecialFunctions.logGamma(q), SpecialFunctions.digamma(q), log(v)
    )
    var (sum, dp, dq, dv) = (0.0, 0.0, 0.0, 0.0)
    for (x, count) in frequencies {
      sum +=
        count
        * (SpecialFunctions.logGamma(p * x + q) - SpecialFunctions.logGamma(p * x) - logGammaQ)
      let psiShape = SpecialFunctions.digamma(p * x + q)
      dp += count * x * (psiShape - SpecialFunctions.digamma(p * x))
      dq += count * (psiShape - psiQ)
    }
    sum += n * q * logV + p * linearInP - sumLogMean
    dp += linearInP
    dq += n * logV
    dv += n * q / v
    for (x, spend) in clients {
      let logSpend = log(spend + v)
      let shape = p * x + q
      sum -= shape * logSpend
      dp -= x * logSpend
      dq -= logSpend
      dv -= shape / (spend + v)
    }
    return (sum / n, [p * dp / n, q * dq / n, v * dv / n])
  }
}
