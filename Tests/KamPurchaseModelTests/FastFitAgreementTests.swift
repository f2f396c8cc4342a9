import Testing

@testable import KamPurchaseModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("BFGS against the simplex")
struct FastFitAgreementTests {
  /// A deterministic client base drawn with a linear congruential generator, so that each
  /// seed is a different, reproducible book.
  static func base(seed: UInt64, clients: Int) -> [PurchaseSummary] {
    var state = seed
    func uniform() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
    return (0..<clients).map { _ in
      // The BG/NBD story: Poisson purchases at a client's own rate, and after each
      // purchase a drop-out with the client's own chance.
      let age = 10 + 60 * uniform()
      let rate = 0.05 + 0.6 * uniform() * uniform()
      let dropout = 0.4 * uniform() * uniform()
      var (t, last, x) = (0.0, 0.0, 0)
      while true {
        t += -log(max(uniform(), 1e-12)) / rate
        guard t < age else { break }
        (last, x) = (t, x + 1)
        if uniform() < dropout { break }
      }
      return PurchaseSummary(frequency: x, recency: last, age: age)
    }
  }

  @Test(
    "given random client bases, BFGS reaches the simplex's optimum or a better one",
    arguments: [1, 2, 3, 4, 5] as [UInt64])
  func agrees(_ seed: UInt64) throws {
    let summaries = Self.base(seed: seed, clients: 1_500)
    let fit = try PurchaseModelFit.fit(summaries)
    let likelihood = BGNBDLikelihood(summaries)
    let box = (log(1e-4), log(1e4))
    let simplex = NelderMead(
      lower: Array(repeating: box.0, count: 4), upper: Array(repeating: box.1, count: 4)
    ).minimize(from: [0, 0, 0, 0]) {
      -likelihood(BGNBDParameters(r: exp($0[0]), alpha: exp($0[1]), a: exp($0[2]), b: exp($0[3])))
    }
    let parameters = try #require(fit.parameters, "\(String(describing: fit.fallbackReason))")
    let logLikelihood = try #require(fit.logLikelihood)
    #expect(logLikelihood >= -simplex.value - 1e-9 * abs(simplex.value))
    let found = [parameters.r, parameters.alpha, parameters.a, parameters.b]
    for (kam, reference) in zip(found, simplex.point.map { exp($0) }) {
      #expect(abs(kam - reference) <= 1e-4 * reference)
    }
    // Within BFGS's own budget: the fast path found it, not the simplex after it.
    #expect(fit.evaluations <= 400)
  }
}
