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

@Suite("Ridge logistic regression over a flat design")
struct RidgeLogisticDesignTests {
  /// Rows of `width` features from a known model, with their labels.
  static func sample(width: Int, count: Int, seed: UInt64) -> ([[Double]], [Bool]) {
    var random = SplitMix64(seed: seed)
    var rows: [[Double]] = []
    var labels: [Bool] = []
    for _ in 0..<count {
      let row = (0..<width).map { _ in Double.random(in: -2...2, using: &random) }
      let eta = zip(row, (0..<width).map { Double($0 % 3) - 1 }).reduce(-0.3) { $0 + $1.0 * $1.1 }
      rows.append(row)
      labels.append(Double.random(in: 0..<1, using: &random) < RidgeLogistic.sigmoid(eta))
    }
    return (rows, labels)
  }

  @Test(
    "given the same rows as arrays and flat, when fitted, then the fits are equal to the bit",
    arguments: [1, 7, 9], [500, 20_000])
  func flatEqualsRows(width: Int, count: Int) throws {
    let (rows, labels) = Self.sample(width: width, count: count, seed: UInt64(width * count))
    let design = rows.flatMap { row -> [Double] in [1] + row }
    let byRows = try #require(RidgeLogistic.fit(rows: rows, labels: labels))
    let flat = try #require(RidgeLogistic.fit(design: design, columns: width + 1, labels: labels))
    #expect(byRows == flat)
    #expect(flat.converged)
  }

  @Test("given a design whose size is not rows of the columns, or not finite, then there is no fit")
  func unusable() {
    #expect(RidgeLogistic.fit(design: [1, 2, 3], columns: 2, labels: [true, false]) == nil)
    #expect(RidgeLogistic.fit(design: [1, .infinity], columns: 2, labels: [true]) == nil)
    #expect(RidgeLogistic.fit(design: [], columns: 2, labels: []) == nil)
  }
}
