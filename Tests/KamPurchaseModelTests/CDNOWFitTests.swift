import KamPurchaseModel
import Testing

@Suite(
  "BG/NBD fit on CDNOW",
  .enabled(if: CDNOWFixture.isAvailable, "CDNOW summary not found at \(CDNOWFixture.path)"))
struct CDNOWFitTests {
  /// Rounds to `digits` decimals, the precision the paper publishes.
  static func rounded(_ value: Double, _ digits: Int) -> Double {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    return (value * scale).rounded() / scale
  }

  @Test("reproduces the published estimates of Fader, Hardie & Lee (2005)")
  func reproducesPaper() throws {
    let summaries = try CDNOWFixture.summaries()
    #expect(summaries.count == 2357)

    let clock = ContinuousClock()
    var fit: PurchaseModelFit?
    let elapsed = try clock.measure { fit = try PurchaseModelFit.fit(summaries) }
    let result = try #require(fit)
    let p = try #require(result.parameters)
    let logLikelihood = try #require(result.logLikelihood)
    print(
      "CDNOW BG/NBD fit: r = \(p.r), alpha = \(p.alpha), a = \(p.a), b = \(p.b), "
        + "LL = \(logLikelihood), \(result.evaluations) evaluations, \(elapsed)")

    #expect(result.model == .bgnbd)
    #expect(result.fitted)
    #expect(result.clients == 2357)
    #expect(Self.rounded(p.r, 3) == 0.243)
    #expect(Self.rounded(p.alpha, 3) == 4.414)
    #expect(Self.rounded(p.a, 3) == 0.793)
    #expect(Self.rounded(p.b, 3) == 2.426)
    #expect(Self.rounded(logLikelihood, 1) == -9582.4)
    // The optimum found by scipy (Nelder–Mead then BFGS) is LL = −9582.425560567; ours must
    // be at least as good to 1e-6, i.e. a true maximum, not a nearby plateau.
    #expect(logLikelihood > -9582.425561)
  }

  @Test("does not depend on the order of the clients")
  func orderIndependent() throws {
    let summaries = try CDNOWFixture.summaries()
    let forward = try PurchaseModelFit.fit(summaries)
    let backward = try PurchaseModelFit.fit(summaries.reversed())
    #expect(forward == backward)
  }
}
