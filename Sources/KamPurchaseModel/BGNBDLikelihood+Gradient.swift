#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BGNBDLikelihood {
  /// Σᵢ ln Lᵢ at `p` and its gradient with respect to (ln r, ln α, ln a, ln b), the
  /// coordinates the fit searches in.
  ///
  /// With πᵢ = e^A₄ / (e^A₃ + e^A₄), the share of a repeat buyer's likelihood that says it
  /// dropped out after its last purchase (0 when x = 0), and ψ the digamma function:
  ///
  ///     ∂/∂r = Σ ψ(r+x) − ψ(r) + ln α − (1−πᵢ) ln(α+T) − πᵢ ln(α+tₓ)
  ///     ∂/∂α = Σ r/α − (r+x) [(1−πᵢ)/(α+T) + πᵢ/(α+tₓ)]
  ///     ∂/∂a = Σ ψ(a+b) − ψ(a+b+x) + πᵢ/a
  ///     ∂/∂b = Σ ψ(a+b) − ψ(b) + ψ(b+x) − ψ(a+b+x) − πᵢ/(b+x−1)
  ///
  /// The digamma terms depend on x alone and are computed once per distinct x; a large base
  /// is summed in the same fixed slices as the likelihood, so the result is the same on any
  /// machine.
  func valueAndLogGradient(_ p: BGNBDParameters) -> (value: Double, gradient: [Double]) {
    let base =
      p.r * log(p.alpha) - SpecialFunctions.logGamma(p.r)
      + SpecialFunctions.logGamma(p.a + p.b) - SpecialFunctions.logGamma(p.b)
    let (psiR, psiB, psiAB) = (
      SpecialFunctions.digamma(p.r), SpecialFunctions.digamma(p.b),
      SpecialFunctions.digamma(p.a + p.b)
    )
    var total = Sum()
    var shapes = [Double](repeating: 0, count: frequencies.count)
    var dropoutTerms = [Double](repeating: 0, count: frequencies.count)
    for (k, x) in frequencies.enumerated() {
      let n = frequencyCounts[k]
      total.value +=
        n
        * (base + SpecialFunctions.logGamma(p.r + x) + SpecialFunctions.logGamma(p.b + x)
          - SpecialFunctions.logGamma(p.a + p.b + x))
      let psiABX = SpecialFunctions.digamma(p.a + p.b + x)
      total.r += n * (SpecialFunctions.digamma(p.r + x) - psiR + log(p.alpha))
      total.alpha += n * p.r / p.alpha
      total.a += n * (psiAB - psiABX)
      total.b += n * (psiAB - psiB + SpecialFunctions.digamma(p.b + x) - psiABX)
      shapes[k] = p.r + x
      dropoutTerms[k] = x > 0 ? log(p.a) - log(p.b + x - 1) : -.infinity
    }
    let logTimes = times.map { log(p.alpha + $0) }
    let inverseTimes = times.map { 1 / (p.alpha + $0) }
    let (perShape, perDropout) = (shapes, dropoutTerms)
    let parts = FixedSlices.map(groupWeight.count, slices: Self.slices(groupWeight.count)) {
      groups in
      var sum = Sum()
      groupGradientTerms(groups, perShape, perDropout, logTimes, inverseTimes, p, into: &sum)
      return sum
    }
    for part in parts { total.add(part) }
    return (
      total.value, [p.r * total.r, p.alpha * total.alpha, p.a * total.a, p.b * total.b]
    )
  }

  /// Adds the groups' A₃/A₄ terms and their derivatives to `sum`, in order.
  private func groupGradientTerms(
    _ groups: Range<Int>, _ shapes: [Double], _ dropoutTerms: [Double], _ logTimes: [Double],
    _ inverseTimes: [Double], _ p: BGNBDParameters, into sum: inout Sum
  ) {
    for g in groups {
      let k = groupFrequency[g]
      let w = groupWeight[g]
      let (age, recency) = (Int(groupAge[g]), Int(groupRecency[g]))
      let a3 = -shapes[k] * logTimes[age]
      guard frequencies[k] > 0 else {
        sum.value += w * a3
        sum.r -= w * logTimes[age]
        sum.alpha -= w * shapes[k] * inverseTimes[age]
        continue
      }
      let a4 = dropoutTerms[k] - shapes[k] * logTimes[recency]
      let high = max(a3, a4)
      let e = exp(min(a3, a4) - high)
      // π = e^A₄ / (e^A₃ + e^A₄), from whichever exponent is the larger.
      let dropped = a4 >= a3 ? 1 / (1 + e) : e / (1 + e)
      let alive = a4 >= a3 ? e / (1 + e) : 1 / (1 + e)
      sum.value += w * (high + log1p(e))
      sum.r -= w * (alive * logTimes[age] + dropped * logTimes[recency])
      sum.alpha -= w * shapes[k] * (alive * inverseTimes[age] + dropped * inverseTimes[recency])
      sum.a += w * dropped / p.a
      sum.b -= w * dropped / (p.b + frequencies[k] - 1)
    }
  }

  /// A running log-likelihood and its partial derivatives in r, α, a, b.
  private struct Sum {
    var value = 0.0
    var r = 0.0
    var alpha = 0.0
    var a = 0.0
    var b = 0.0

    mutating func add(_ other: Sum) {
      value += other.value
      r += other.r
      alpha += other.alpha
      a += other.a
      b += other.b
    }
  }
}
