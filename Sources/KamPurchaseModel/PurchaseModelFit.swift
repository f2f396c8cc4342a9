/// The purchase model chosen and fitted for a client base: BG/NBD when the data allow it,
/// otherwise the `RecencySurvival` fallback.
///
/// The reported fields are `model`, `r`, `alpha`, `a`, `b`, `logLikelihood`, `clients` and
/// `fitted`; the four parameters and the log-likelihood are nil for the fallback. Build
/// one with `PurchaseModelFit.fit(_:options:)`.
public struct PurchaseModelFit: Hashable, Sendable {
  /// Which model makes the predictions.
  public enum Model: String, Hashable, Sendable {
    /// Beta-geometric/negative binomial distribution, fitted by maximum likelihood.
    case bgnbd = "bg/nbd"
    /// The recency rule of `RecencySurvival`; nothing is fitted.
    case recency
  }

  /// Why the fit fell back to the recency rule.
  public enum FallbackReason: Hashable, Sendable {
    /// Fewer clients with x > 0 than `Options.minimumRepeatBuyers`.
    case tooFewRepeatBuyers(found: Int, required: Int)
    /// The optimiser ran out of evaluations or ended on a non-finite likelihood.
    case didNotConverge(evaluations: Int)
    /// The optimum lies on the edge of `Options.parameterBounds` for these parameters
    /// (`r`, `alpha`, `a`, `b`): the data do not pin them down, so they are not trusted.
    case atBounds([String])
  }

  /// The maximum-likelihood parameters; nil for the fallback.
  public var parameters: BGNBDParameters?

  /// Σ ln Lᵢ at `parameters`; nil for the fallback.
  public var logLikelihood: Double?

  /// How many client summaries the fit saw.
  public var clients: Int

  /// The survival rule, kept even for a BG/NBD fit so callers can compare.
  public var recencyRule: RecencySurvival

  /// Why BG/NBD was not used; nil when it was.
  public var fallbackReason: FallbackReason?

  /// Objective evaluations the optimiser spent (0 when it did not run).
  public var evaluations: Int

  /// Whether the optimiser met its stopping rules at a finite likelihood; false when it did
  /// not run.
  public var converged = false

  /// The parameters whose estimate ended on a bound of the search box; a fit with any is
  /// not `fitted`.
  public var atBounds: [String] = []

  /// A fit with every field given: what `fit(_:options:)` returns, or one read back from
  /// a book's stored models.
  public init(
    parameters: BGNBDParameters?, logLikelihood: Double?, clients: Int,
    recencyRule: RecencySurvival, fallbackReason: FallbackReason?, evaluations: Int,
    converged: Bool = false, atBounds: [String] = []
  ) {
    self.parameters = parameters
    self.logLikelihood = logLikelihood
    self.clients = clients
    self.recencyRule = recencyRule
    self.fallbackReason = fallbackReason
    self.evaluations = evaluations
    self.converged = converged
    self.atBounds = atBounds
  }

  /// The model in use.
  public var model: Model { parameters == nil ? .recency : .bgnbd }

  /// Whether BG/NBD parameters were estimated.
  public var fitted: Bool { parameters != nil }

  /// r, when fitted.
  public var r: Double? { parameters?.r }

  /// α in weeks, when fitted.
  public var alpha: Double? { parameters?.alpha }

  /// a, when fitted.
  public var a: Double? { parameters?.a }

  /// b, when fitted.
  public var b: Double? { parameters?.b }

  /// P(alive) from BG/NBD when fitted, from the recency rule otherwise.
  public func probabilityAlive(_ summary: PurchaseSummary) -> Double {
    guard let parameters else { return recencyRule.probabilityAlive(summary) }
    return parameters.probabilityAlive(summary)
  }

  /// P(no purchase in the next t weeks | alive): BG/NBD's ((α+T)/(α+T+t))^(r+x) when
  /// fitted, the same with r = 1 and α = the typical gap g otherwise.
  public func probabilityNoPurchaseIfAlive(in t: Double, given summary: PurchaseSummary) -> Double {
    guard let parameters else {
      return recencyRule.probabilityNoPurchaseIfAlive(in: t, given: summary)
    }
    return parameters.probabilityNoPurchaseIfAlive(in: t, given: summary)
  }

  /// P(no purchase in the next t weeks) = 1 − P(alive) · (1 − P(no purchase | alive)), from
  /// whichever model is in use.
  public func probabilityNoPurchase(in t: Double, given summary: PurchaseSummary) -> Double {
    1 - probabilityAlive(summary) * (1 - probabilityNoPurchaseIfAlive(in: t, given: summary))
  }

  /// The expected weeks between purchases of a client while alive: the inverse of the
  /// posterior mean rate, (α+T)/(r+x) when fitted, (g+T)/(1+x) otherwise.
  public func expectedGapIfAlive(given summary: PurchaseSummary) -> Double {
    let x = Double(summary.frequency)
    guard let parameters else { return (recencyRule.typicalGap + summary.age) / (1 + x) }
    return (parameters.alpha + summary.age) / (parameters.r + x)
  }

  /// Expected purchases in the next t weeks: BG/NBD's E[Y(t) | x, tₓ, T] when fitted, the
  /// recency rule's heuristic otherwise.
  public func expectedPurchases(in t: Double, given summary: PurchaseSummary) -> Double {
    guard let parameters else { return recencyRule.expectedPurchases(in: t, given: summary) }
    return parameters.expectedPurchases(in: t, given: summary)
  }
}
