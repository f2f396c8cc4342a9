#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Gamma-Gamma spend model fitted to a client base by maximum likelihood, or the reason
/// it could not be.
public struct SpendModelFit: Hashable, Sendable {
  /// Why no parameters were fitted.
  public enum FallbackReason: Hashable, Sendable {
    /// Fewer clients with a repeat purchase day (and a positive spend) than needed.
    case tooFewRepeatBuyers(found: Int, required: Int)
    /// The optimiser did not settle within its budget.
    case didNotConverge(evaluations: Int)
    /// The optimum lies on the search box's edge for these parameters: the data do not
    /// pin them down.
    case atBounds([String])
    /// q ≤ 1: the fitted population would have an infinite mean spend.
    case infiniteMeanSpend(q: Double)
  }

  /// The fitted parameters, when the fit succeeded and q > 1 (a finite mean spend).
  public var parameters: GammaGammaParameters?
  /// The parameters the optimiser ended on, fitted or not.
  public var estimate: GammaGammaParameters?
  /// The mean log-likelihood per client fitted (lifetimes' scale), at `estimate`.
  public var meanLogLikelihood: Double?
  /// Clients that entered the fit.
  public var clients: Int
  /// Why `parameters` is nil; nil when fitted.
  public var fallbackReason: FallbackReason?
  /// Whether the optimiser met its stopping rules.
  public var converged: Bool
  /// The names of parameters that ended on a bound of the search box (`p`, `q`, `v`); a fit
  /// with any is not trusted, so `parameters` is nil.
  public var atBounds: [String]
  /// Objective evaluations spent.
  public var evaluations: Int

  /// A fit with every field given: what `fit(_:minimumRepeatBuyers:)` returns, or one read
  /// back from a book's stored models.
  public init(
    parameters: GammaGammaParameters?, estimate: GammaGammaParameters?,
    meanLogLikelihood: Double?, clients: Int, fallbackReason: FallbackReason?,
    converged: Bool, atBounds: [String], evaluations: Int
  ) {
    self.parameters = parameters
    self.estimate = estimate
    self.meanLogLikelihood = meanLogLikelihood
    self.clients = clients
    self.fallbackReason = fallbackReason
    self.converged = converged
    self.atBounds = atBounds
    self.evaluations = evaluations
  }

  /// Whether parameters were fitted.
  public var fitted: Bool { parameters != nil }

  /// Fits (p, q, v) to the clients with a repeat purchase day; the others carry no spend
  /// information.
  ///
  /// The search runs on (ln p, ln q, ln v) from p = q = v = 1, minimising the mean negative
  /// log-likelihood (lifetimes' objective, with no penalty): `QuasiNewton` with the exact
  /// gradient first, then, where that search would touch the box or does not converge,
  /// `NelderMead` from the start again. The box is
  /// [1e-4, 1e4] for p and q and [1e-4, 1e4 · s] for v, s the clients' mean spend per day
  /// when above 1. p and q are free of the currency's scale, but v is in its units, as m̄
  /// is: spends a thousand times larger give the same p and q and a thousand times the v,
  /// so a fixed box would pin v for a book invoicing in thousands. Deterministic: the same
  /// summaries in any order give the same result, since ``GammaGammaLikelihood`` sorts them
  /// before summing.
  public static func fit(_ summaries: [SpendSummary], minimumRepeatBuyers: Int = 10)
    -> SpendModelFit
  {
    let usable = summaries.filter(\.isFittable)
    var result = SpendModelFit(
      parameters: nil, estimate: nil, meanLogLikelihood: nil, clients: usable.count,
      fallbackReason: nil, converged: false, atBounds: [], evaluations: 0)
    guard usable.count >= max(minimumRepeatBuyers, 1) else {
      result.fallbackReason = .tooFewRepeatBuyers(
        found: usable.count, required: max(minimumRepeatBuyers, 1))
      return result
    }
    let scale = max(1, usable.map(\.meanSpend).reduce(0, +) / Double(usable.count))
    let lower = Array(repeating: log(1e-4), count: 3)
    let upper = [log(1e4), log(1e4), log(1e4) + log(scale)]
    let likelihood = GammaGammaLikelihood(usable)
    let parameters = { (logs: [Double]) in
      GammaGammaParameters(p: exp(logs[0]), q: exp(logs[1]), v: exp(logs[2]))
    }
    // Mean log-likelihoods are of order 1, so the gradient is flat at a smaller absolute size
    // than the BG/NBD fit's summed one.
    var quasiNewton = QuasiNewton(lower: lower, upper: upper)
    quasiNewton.gradientTolerance = 1e-12
    let fast = quasiNewton.minimize(from: [0, 0, 0]) { logs in
      let (value, gradient) = likelihood.valueAndLogGradient(parameters(logs))
      return (-value, gradient.map { -$0 })
    }
    var search = (point: fast.point, converged: fast.converged)
    result.evaluations = fast.evaluations
    if !fast.converged {
      var optimiser = NelderMead(lower: lower, upper: upper)
      optimiser.maxEvaluations = 20_000
      let simplex = optimiser.minimize(from: [0, 0, 0]) { -likelihood(parameters($0)) }
      search = (simplex.point, simplex.converged)
      result.evaluations += simplex.evaluations
    }
    let estimate = parameters(search.point)
    let meanLogLikelihood = likelihood(estimate)
    result.estimate = estimate
    result.meanLogLikelihood = meanLogLikelihood
    result.converged = search.converged && meanLogLikelihood.isFinite
    // Within a hundredth of a log unit of the box's edge counts as pinned to it.
    result.atBounds = ["p", "q", "v"].indices.compactMap { i in
      let value = search.point[i]
      return value - lower[i] < 0.01 || upper[i] - value < 0.01 ? ["p", "q", "v"][i] : nil
    }
    guard result.converged else {
      result.fallbackReason = .didNotConverge(evaluations: result.evaluations)
      return result
    }
    if !result.atBounds.isEmpty {
      result.fallbackReason = .atBounds(result.atBounds)
    } else if estimate.q <= 1 {
      result.fallbackReason = .infiniteMeanSpend(q: estimate.q)
    } else {
      result.parameters = estimate
    }
    return result
  }
}
