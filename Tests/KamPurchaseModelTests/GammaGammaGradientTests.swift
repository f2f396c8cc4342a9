import Testing

@testable import KamPurchaseModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Gamma-Gamma likelihood gradient")
struct GammaGammaGradientTests {
  static let summaries: [SpendSummary] = (0..<2_000).map { i in
    SpendSummary(repeatDays: 1 + i % 9, meanSpend: 5 + Double((i * 37) % 200) / 3)
  }

  @Test(
    "given spend summaries, the gradient agrees with central differences of the likelihood",
    arguments: [
      GammaGammaParameters(p: 6.25, q: 3.74, v: 15.4), GammaGammaParameters(p: 1, q: 1, v: 1),
      GammaGammaParameters(p: 0.3, q: 12, v: 400),
    ])
  func gradient(_ p: GammaGammaParameters) {
    let likelihood = GammaGammaLikelihood(Self.summaries)
    let (value, gradient) = likelihood.valueAndLogGradient(p)
    #expect(abs(value - likelihood(p)) <= 1e-12 * abs(value))
    let logs = [p.p, p.q, p.v].map { log($0) }
    let differences = centralDifferences(at: logs) { l in
      likelihood(GammaGammaParameters(p: exp(l[0]), q: exp(l[1]), v: exp(l[2])))
    }
    for i in 0..<3 {
      #expect(abs(gradient[i] - differences[i]) <= 1e-7 * (1 + abs(value)), "coordinate \(i)")
    }
  }
}
