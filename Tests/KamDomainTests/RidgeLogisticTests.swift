import KamDomain
import KamPurchaseModel
import Testing

@Suite("Ridge logistic regression")
struct RidgeLogisticTests {
  @Test("given labels symmetric about a point, when fitted, then the chance there is one half")
  func symmetric() throws {
    let fit = try #require(
      RidgeLogistic.fit(rows: [[0], [1], [2], [3]], labels: [false, false, true, true]))
    #expect(fit.converged)
    #expect(abs(fit.probability([1.5]) - 0.5) < 1e-9)
    #expect(fit.probability([3]) > fit.probability([0]))
  }

  @Test("given classes that separate, when fitted, then the ridge keeps every coefficient finite")
  func separable() throws {
    let rows = (0..<50).map { [Double($0)] }
    let labels = (0..<50).map { $0 >= 25 }
    let fit = try #require(RidgeLogistic.fit(rows: rows, labels: labels))
    #expect(fit.converged)
    #expect(fit.coefficients.allSatisfy { $0.isFinite })
    #expect(fit.probability([49]) > 0.99)
  }

  @Test(
    "given many rows from a known model and no ridge to speak of, when fitted, then it recovers the model"
  )
  func recovers() throws {
    var random = SplitMix64(seed: 3)
    var rows: [[Double]] = []
    var labels: [Bool] = []
    for _ in 0..<20_000 {
      let a = Double.random(in: -2...2, using: &random)
      let b = Double.random(in: -2...2, using: &random)
      rows.append([a, b])
      let p = RidgeLogistic.sigmoid(-0.5 + 1.2 * a - 0.8 * b)
      labels.append(Double.random(in: 0..<1, using: &random) < p)
    }
    let fit = try #require(RidgeLogistic.fit(rows: rows, labels: labels, ridge: 1e-6))
    for (estimate, truth) in zip(fit.coefficients, [-0.5, 1.2, -0.8]) {
      #expect(abs(estimate - truth) < 0.08)
    }
  }

  @Test(
    "given unusable input, when fitted, then there is no fit",
    arguments: [
      ([], []), ([[1.0], [1.0, 2.0]], [true, false]), ([[Double.nan]], [true]),
    ] as [([[Double]], [Bool])])
  func unusable(rows: [[Double]], labels: [Bool]) {
    #expect(RidgeLogistic.fit(rows: rows, labels: labels) == nil)
  }

  @Test("logit and sigmoid are inverse, and certainties stay finite")
  func logit() {
    for p in [0.01, 0.3, 0.5, 0.9] {
      #expect(abs(RidgeLogistic.sigmoid(RidgeLogistic.logit(p)) - p) < 1e-12)
    }
    #expect(RidgeLogistic.logit(1).isFinite)
    #expect(RidgeLogistic.logit(0).isFinite)
    #expect(RidgeLogistic.sigmoid(-1000) == 0)
    #expect(RidgeLogistic.sigmoid(1000) == 1)
  }
}
