import KamPurchaseModel
import Testing

/// P(no purchase in the next t weeks): the quantity churn risk starts from.
@Suite("Probability of no purchase within a horizon")
struct NoPurchaseProbabilityTests {
  static let published = BGNBDParameters(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426)
  static let client = PurchaseSummary(frequency: 2, recency: 30.43, age: 38.86)

  static func close(_ value: Double, _ expected: Double, _ tolerance: Double = 1e-12) -> Bool {
    abs(value - expected) <= tolerance * max(abs(expected), 1e-300)
  }

  @Test("given the CDNOW parameters, when alive, then ((α+T)/(α+T+t))^(r+x)")
  func ifAlive() {
    // ((4.414 + 38.86) / (4.414 + 38.86 + 39))^2.243, evaluated in Python.
    let value = Self.published.probabilityNoPurchaseIfAlive(in: 39, given: Self.client)
    #expect(Self.close(value, 0.2366591023247169), "got \(value)")
  }

  @Test("given the CDNOW parameters, when unconditional, then 1 − P(alive) · (1 − P₀)")
  func unconditional() {
    let value = Self.published.probabilityNoPurchase(in: 39, given: Self.client)
    #expect(Self.close(value, 0.44537286208299554, 1e-11), "got \(value)")
  }

  @Test("given a brand-new client, when asked, then BG/NBD's P(X(t) = 0) = (α/(α+t))^r")
  func newClient() {
    let newClient = PurchaseSummary(frequency: 0, recency: 0, age: 0)
    let value = Self.published.probabilityNoPurchase(in: 10, given: newClient)
    #expect(Self.close(value, 0.7500835102681114), "got \(value)")
  }

  @Test("given a short horizon, when compared, then P(some purchase) ≈ E[Y(t)]")
  func shortHorizon() {
    // For small t at most one purchase happens, so P(Y(t) > 0) and E[Y(t)] agree to O(t²).
    let t = 1e-4
    let some = 1 - Self.published.probabilityNoPurchase(in: t, given: Self.client)
    let expected = Self.published.expectedPurchases(in: t, given: Self.client)
    #expect(abs(some / expected - 1) < 1e-3, "\(some) vs \(expected)")
  }

  @Test("given horizons, when they grow, then the chance of silence falls from 1")
  func horizons() {
    let p = Self.published
    #expect(p.probabilityNoPurchaseIfAlive(in: 0, given: Self.client) == 1)
    #expect(p.probabilityNoPurchaseIfAlive(in: -1, given: Self.client).isNaN)
    let values = [1.0, 10, 52, 520].map { p.probabilityNoPurchase(in: $0, given: Self.client) }
    #expect(values == values.sorted(by: >))
    // A dropped-out client never buys again: the floor is 1 − P(alive).
    #expect(values.allSatisfy { $0 >= 1 - p.probabilityAlive(Self.client) })
  }

  @Test("given the recency fallback, when alive, then the rate prior is Gamma(1, g)")
  func fallback() throws {
    let rule = RecencySurvival(typicalGap: 2)
    let summary = PurchaseSummary(frequency: 3, recency: 10, age: 12)
    // ((2 + 12) / (2 + 12 + 26))^4
    let value = rule.probabilityNoPurchaseIfAlive(in: 26, given: summary)
    #expect(Self.close(value, 0.01500625), "got \(value)")
    let fit = try PurchaseModelFit.fit([summary])
    #expect(fit.model == .recency)
    let g = fit.recencyRule.typicalGap
    #expect(Self.close(fit.expectedGapIfAlive(given: summary), (g + 12) / 4))
    let total = fit.probabilityNoPurchase(in: 26, given: summary)
    let alive = fit.probabilityAlive(summary)
    let quiet = fit.probabilityNoPurchaseIfAlive(in: 26, given: summary)
    #expect(Self.close(total, 1 - alive * (1 - quiet)))
  }
}
