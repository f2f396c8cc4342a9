import KamPurchaseModel
import Testing

/// A client history and a reference value for it.
struct ModelPoint: Sendable, CustomTestStringConvertible {
  var summary: PurchaseSummary
  var horizon: Double = 0
  var expected: Double

  init(_ x: Int, _ tX: Double, _ T: Double, t: Double = 0, _ expected: Double) {
    summary = PurchaseSummary(frequency: x, recency: tX, age: T)
    horizon = t
    self.expected = expected
  }

  var testDescription: String {
    "x=\(summary.frequency) tX=\(summary.recency) T=\(summary.age) t=\(horizon)"
  }
}

/// Reference values: the closed forms of Fader, Hardie & Lee (2005) evaluated with mpmath at
/// 80 significant digits (mpmath.hyp2f1, mpmath.loggamma), rounded to 17 digits; scipy's
/// float64 hyp2f1 agrees to ~1e-13. Parameters are the published CDNOW estimates.
@Suite("BG/NBD formulas at hand-computed points")
struct BGNBDPredictionTests {
  static let published = BGNBDParameters(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426)

  static func close(_ value: Double, _ expected: Double, _ tolerance: Double = 1e-11) -> Bool {
    abs(value - expected) <= tolerance * max(abs(expected), 1e-300)
  }

  @Test(
    "P(alive | x, tX, T)",
    arguments: [
      ModelPoint(2, 30.43, 38.86, 0.72657857008067291),
      ModelPoint(0, 0, 38.86, 1),
      ModelPoint(1, 1.71, 38.86, 0.21210098537737908),
      ModelPoint(10, 5, 38, 2.9000920174754379e-6),
      ModelPoint(29, 37, 38, 0.95024013336486177),
    ])
  func probabilityAlive(_ point: ModelPoint) {
    let value = Self.published.probabilityAlive(point.summary)
    #expect(Self.close(value, point.expected), "got \(value)")
  }

  @Test(
    "E[X(t)] for a new client",
    arguments: [
      (1.0, 0.053267891171658282), (39, 1.1967231933208169), (78, 1.8605190579427686),
      (520, 4.9746178618496597),
    ])
  func unconditionalExpectation(_ t: Double, _ expected: Double) {
    let value = Self.published.expectedPurchases(in: t)
    #expect(Self.close(value, expected), "got \(value)")
  }

  // The first point is the CDNOW cohort's first client (ID 1) over the next 39 weeks.
  @Test(
    "E[Y(t) | x, tX, T]",
    arguments: [
      ModelPoint(2, 30.43, 38.86, t: 39, 1.2260281747671445),
      ModelPoint(2, 30.43, 38.86, t: 0.5, 0.018776841843974003),
      ModelPoint(0, 0, 38.86, t: 39, 0.19509805201126264),
      ModelPoint(10, 5, 38, t: 52, 2.6912903989513989e-5),
      ModelPoint(29, 37, 38, t: 52, 24.571868011070385),
      ModelPoint(5, 20, 30, t: 1000, 17.781788398379002),
    ])
  func conditionalExpectation(_ point: ModelPoint) {
    let value = Self.published.expectedPurchases(in: point.horizon, given: point.summary)
    #expect(Self.close(value, point.expected), "got \(value)")
  }

  @Test("E[Y(t)] of a brand-new client equals E[X(t)]")
  func newClientConsistency() {
    let newClient = PurchaseSummary(frequency: 0, recency: 0, age: 0)
    for t in [0.5, 10, 39, 200] {
      let conditional = Self.published.expectedPurchases(in: t, given: newClient)
      #expect(Self.close(conditional, Self.published.expectedPurchases(in: t), 1e-14))
    }
  }

  @Test("zero horizon expects nothing; a negative one is NaN")
  func horizonEdges() {
    let summary = PurchaseSummary(frequency: 2, recency: 30.43, age: 38.86)
    #expect(Self.published.expectedPurchases(in: 0, given: summary) == 0)
    #expect(Self.published.expectedPurchases(in: -1, given: summary).isNaN)
  }

  // At a = 1 the formulas are 0/0; mpmath references at a = 1 + 1e-40, 1.002 and 0.9995.
  @Test(
    "expectations stay accurate around a = 1",
    arguments: [
      (1.0, 1.0842790105915188, 1.1021367860399558),
      (1.002, 1.0833297243788491, 1.101045253704701),
      (0.9995, 1.0845166968047003, 1.1024099593957213),
    ])
  func aNearOne(_ a: Double, _ newClient: Double, _ repeatClient: Double) {
    let parameters = BGNBDParameters(r: 0.243, alpha: 4.414, a: a, b: 2.426)
    let summary = PurchaseSummary(frequency: 2, recency: 30.43, age: 38.86)
    #expect(Self.close(parameters.expectedPurchases(in: 39), newClient, 1e-10))
    #expect(
      Self.close(parameters.expectedPurchases(in: 39, given: summary), repeatClient, 1e-10))
  }

  @Test(
    "per-client log-likelihood",
    arguments: [
      ModelPoint(0, 0, 38.86, -0.55471327643815845),
      ModelPoint(2, 30.43, 38.86, -9.4586063070662712),
      ModelPoint(1, 1.71, 38.86, -4.4690932750325885),
      ModelPoint(29, 37, 38, -43.849830513606835),
    ])
  func logLikelihood(_ point: ModelPoint) {
    let value = Self.published.logLikelihood(of: point.summary)
    #expect(Self.close(value, point.expected, 1e-13), "got \(value)")
  }
}
