#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension PurchaseModelFit {
  /// Fits BG/NBD to a client base by maximum likelihood, or falls back to the recency rule.
  ///
  /// The search runs on (ln r, ln α, ln a, ln b), which keeps the parameters positive and
  /// makes their very different scales comparable, from r = α = a = b = 1. It is first
  /// `QuasiNewton` with the likelihood's exact gradient, which needs tens of evaluations;
  /// when that search would touch the box `options.parameterBounds`, meets a non-finite
  /// likelihood or runs out of budget, `NelderMead` (clamped to the box, restarted until a
  /// fresh simplex no longer improves the likelihood) searches again from the start, with
  /// the whole budget. Both are deterministic: the same summaries, in any order, give
  /// bit-identical results.
  ///
  /// The result uses the recency rule instead (`fitted == false`) when fewer than
  /// `options.minimumRepeatBuyers` clients have x > 0, or when the optimiser does not
  /// converge to a finite likelihood within `options.maxEvaluations`.
  ///
  /// - Throws: `PurchaseModelError` with `.invalidSummary` for a summary that is not
  ///   `isValid`, or `.invalidOptions`.
  public static func fit(
    _ summaries: [PurchaseSummary], options: Options = Options()
  ) throws(PurchaseModelError) -> PurchaseModelFit {
    if let problem = options.problem {
      throw PurchaseModelError(.invalidOptions, message: problem)
    }
    if let index = summaries.firstIndex(where: { !$0.isValid }) {
      let summary = summaries[index]
      throw PurchaseModelError(
        .invalidSummary, index: index,
        message: "need x ≥ 0 and 0 ≤ tX ≤ T, got x = \(summary.frequency), "
          + "tX = \(summary.recency), T = \(summary.age)")
    }
    var result = PurchaseModelFit(
      parameters: nil, logLikelihood: nil, clients: summaries.count,
      recencyRule: RecencySurvival(summaries: summaries, patience: options.recencyPatience),
      fallbackReason: nil, evaluations: 0)

    let repeatBuyers = summaries.count(where: { $0.frequency > 0 })
    // Without a single repeat buyer the dropout process is not observed at all, whatever
    // the options say: the likelihood would only push a and b to the edge of the box.
    guard repeatBuyers >= options.minimumRepeatBuyers, repeatBuyers > 0 else {
      result.fallbackReason = .tooFewRepeatBuyers(
        found: repeatBuyers, required: options.minimumRepeatBuyers)
      return result
    }

    let likelihood = BGNBDLikelihood(summaries)
    let lower = log(options.parameterBounds.lowerBound)
    let upper = log(options.parameterBounds.upperBound)
    let box = (lower: Array(repeating: lower, count: 4), upper: Array(repeating: upper, count: 4))
    var quasiNewton = QuasiNewton(lower: box.lower, upper: box.upper)
    quasiNewton.maxEvaluations = min(options.maxEvaluations, 400)
    quasiNewton.pointTolerance = options.parameterTolerance
    let fast = quasiNewton.minimize(from: [0, 0, 0, 0]) {
      let (value, gradient) = likelihood.valueAndLogGradient(bgnbdParameters(fromLogs: $0))
      return (-value, gradient.map { -$0 })
    }
    let search: (point: [Double], converged: Bool)
    if fast.converged {
      search = (fast.point, true)
      result.evaluations = fast.evaluations
    } else {
      var optimiser = NelderMead(lower: box.lower, upper: box.upper)
      optimiser.maxEvaluations = options.maxEvaluations
      optimiser.pointTolerance = options.parameterTolerance
      let simplex = optimiser.minimize(from: [0, 0, 0, 0]) {
        -likelihood(bgnbdParameters(fromLogs: $0))
      }
      search = (simplex.point, simplex.converged)
      result.evaluations = fast.evaluations + simplex.evaluations
    }

    let parameters = bgnbdParameters(fromLogs: search.point)
    // The grouped sum, not a sum in input order, so the reported value is order-free too.
    let logLikelihood = likelihood(parameters)
    guard search.converged, logLikelihood.isFinite else {
      result.fallbackReason = .didNotConverge(evaluations: result.evaluations)
      return result
    }
    result.converged = true
    // Within a hundredth of a log unit of the box's edge counts as pinned to it.
    result.atBounds = zip(["r", "alpha", "a", "b"], search.point).compactMap { name, value in
      value - lower < 0.01 || upper - value < 0.01 ? name : nil
    }
    guard result.atBounds.isEmpty else {
      result.fallbackReason = .atBounds(result.atBounds)
      return result
    }
    result.parameters = parameters
    result.logLikelihood = logLikelihood
    return result
  }

  /// (r, α, a, b) from their logarithms.
  private static func bgnbdParameters(fromLogs logs: [Double]) -> BGNBDParameters {
    BGNBDParameters(r: exp(logs[0]), alpha: exp(logs[1]), a: exp(logs[2]), b: exp(logs[3]))
  }
}
