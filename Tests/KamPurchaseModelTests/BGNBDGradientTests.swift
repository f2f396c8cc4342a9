import Testing

@testable import KamPurchaseModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("BG/NBD likelihood gradient")
struct BGNBDGradientTests {
  @Test(
    "digamma matches known values",
    arguments: [
      (1.0, -0.57721566490153286), (0.5, -1.9635100260214235), (10, 2.2517525890667211),
      (1e-3, -1000.5755719318103), (123.4, 4.8113737751162774),
    ])
  func digamma(_ x: Double, _ expected: Double) {
    #expect(abs(SpecialFunctions.digamma(x) - expected) <= 1e-14 * max(1, abs(expected)))
  }

  /// A base of repeat and one-time buyers with shared and distinct days, large enough to
  /// be summed in slices.
  static let summaries: [PurchaseSummary] = (0..<4_000).map { i in
    let x = i % 7
    let age = Double(20 + i % 53)
    return PurchaseSummary(
      frequency: x, recency: x == 0 ? 0 : age * Double(1 + i % 5) / 6, age: age)
  }

  @Test(
    "given a client base, the gradient agrees with central differences of the likelihood",
    arguments: [
      BGNBDParameters(r: 0.24, alpha: 4.4, a: 0.79, b: 2.4),
      BGNBDParameters(r: 1, alpha: 1, a: 1, b: 1),
      BGNBDParameters(r: 3.1, alpha: 40, a: 0.05, b: 12),
    ])
  func gradient(_ p: BGNBDParameters) {
    for summaries in [Self.summaries, Array(Self.summaries.prefix(300))] {
      let likelihood = BGNBDLikelihood(summaries)
      let (value, gradient) = likelihood.valueAndLogGradient(p)
      #expect(abs(value - likelihood(p)) <= 1e-12 * abs(value))
      let logs = [p.r, p.alpha, p.a, p.b].map { log($0) }
      let differences = centralDifferences(at: logs) { l in
        likelihood(BGNBDParameters(r: exp(l[0]), alpha: exp(l[1]), a: exp(l[2]), b: exp(l[3])))
      }
      for i in 0..<4 {
        #expect(abs(gradient[i] - differences[i]) <= 1e-6 * (1 + abs(value)), "coordinate \(i)")
      }
    }
  }
}
