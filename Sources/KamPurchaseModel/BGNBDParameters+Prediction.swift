#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BGNBDParameters {
  /// Half-width unit of the interpolation across the removable singularity at a = 1.
  static let unitAStep = 1e-3

  /// P(alive | x, tₓ, T): the probability the client has not dropped out yet.
  ///
  ///     P = 1 / (1 + [x>0] · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x))
  ///
  /// The odds term is formed as a log, with ln((α+T)/(α+tₓ)) = log1p((T−tₓ)/(α+tₓ)), and
  /// turned into a probability by a logistic that cannot overflow. A client who never came
  /// back (x = 0) cannot have dropped out yet, since dropout happens after a purchase.
  public func probabilityAlive(_ summary: PurchaseSummary) -> Double {
    guard summary.frequency > 0 else { return 1 }
    let x = Double(summary.frequency)
    let span = (summary.age - summary.recency) / (alpha + summary.recency)
    let logOdds = log(a) - log(b + x - 1) + (r + x) * log1p(span)
    if logOdds > 0 {
      let odds = exp(-logOdds)
      return odds / (1 + odds)
    }
    return 1 / (1 + exp(logOdds))
  }

  /// P(no purchase in the next t weeks | alive, x, T): the chance that a client who is still
  /// alive makes no purchase in a span of length t (weeks) from the evaluation instant.
  ///
  ///     P₀ = ((α+T)/(α+T+t))^(r+x)
  ///
  /// While alive a client buys as a Poisson process and can only drop out right after a
  /// purchase, so an alive client makes no purchase in the span with probability e^(−λt);
  /// given the history and alive, λ is Gamma(r+x, α+T), whose Laplace transform is P₀.
  /// It depends on x and T alone: how long ago the last purchase was enters only through
  /// P(alive). Returns NaN for a negative or non-finite t.
  public func probabilityNoPurchaseIfAlive(in t: Double, given summary: PurchaseSummary) -> Double {
    Self.gammaPoissonSilence(
      in: t, shape: r + Double(summary.frequency), scale: alpha + summary.age)
  }

  /// P(no purchase in the next t weeks | x, tₓ, T) = 1 − P(alive) · (1 − P₀): the client has
  /// dropped out, or is alive and makes no purchase in the span.
  public func probabilityNoPurchase(in t: Double, given summary: PurchaseSummary) -> Double {
    let alive = probabilityAlive(summary)
    return 1 - alive * (1 - probabilityNoPurchaseIfAlive(in: t, given: summary))
  }

  /// (scale/(scale + t))^shape, the chance of no event in t for a Poisson rate drawn from
  /// Gamma(shape, scale), computed as exp(−shape · log1p(t/scale)).
  static func gammaPoissonSilence(in t: Double, shape: Double, scale: Double) -> Double {
    guard t.isFinite, t >= 0 else { return .nan }
    return exp(-shape * log1p(t / scale))
  }

  /// E[X(t)]: expected purchases in a span of length t (weeks) for a new client (eq. 7).
  ///
  ///     E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))]
  ///
  /// It is eq. 10 with x = 0, T = 0 (P(alive) = 1), so both share one implementation.
  public func expectedPurchases(in t: Double) -> Double {
    expectedPurchasesIfAlive(in: t, frequency: 0, age: 0)
  }

  /// E[Y(t) | x, tₓ, T]: expected purchases in the next t weeks for a client with this
  /// history (eq. 10 of the paper).
  ///
  ///     E[Y(t) | x, tₓ, T] = (a+b+x−1)/(a−1)
  ///         · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
  ///         · P(alive | x, tₓ, T)
  ///
  /// Returns NaN for a negative or non-finite t.
  public func expectedPurchases(in t: Double, given summary: PurchaseSummary) -> Double {
    let ifAlive = expectedPurchasesIfAlive(in: t, frequency: summary.frequency, age: summary.age)
    return ifAlive * probabilityAlive(summary)
  }

  /// The bracketed part of eq. 10, times (a+b+x−1)/(a−1).
  ///
  /// Pfaff's transformation folds the power into the hypergeometric function:
  ///   ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; c; t/(α+T+t)) = ₂F₁(r+x, a−1; c; −t/(α+T)),
  /// which cannot overflow for large x. At a = 1 the factor 1/(a−1) meets a bracket that
  /// vanishes; the limit is finite and is reached by interpolating across a = 1.
  func expectedPurchasesIfAlive(in t: Double, frequency: Int, age: Double) -> Double {
    guard t.isFinite, t >= 0 else { return .nan }
    if t == 0 { return 0 }
    let x = Double(frequency)
    let z = -t / (alpha + age)
    func value(_ a: Double) -> Double {
      let c = a + b + x - 1
      return c / (a - 1) * (1 - Hypergeometric.f21(r + x, a - 1, c, z))
    }
    guard abs(a - 1) < 3 * Self.unitAStep else { return value(a) }
    return SpecialFunctions.interpolate(across: 1, step: Self.unitAStep, at: a, value)
  }
}
