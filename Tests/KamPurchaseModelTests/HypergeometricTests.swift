import Testing

@testable import KamPurchaseModel

/// One ₂F₁(a, b; c; z) reference point.
struct HypergeometricCase: Sendable, CustomTestStringConvertible {
  var a: Double
  var b: Double
  var c: Double
  var z: Double
  var expected: Double

  var testDescription: String { "2F1(\(a), \(b); \(c); \(z))" }
}

@Suite("Gauss hypergeometric 2F1")
struct HypergeometricTests {
  // Reference values: mpmath.hyp2f1 at 40 significant digits, rounded to 17, and checked
  // against scipy.special.hyp2f1 (agreement better than 1e-14 everywhere except z = -1e6,
  // where scipy is off by 4e-12 and mpmath is the reference).
  static let cases: [HypergeometricCase] = [
    // Closed forms: −ln(1−z)/z and arcsin(√z)/√z.
    .init(a: 1, b: 1, c: 2, z: 0.5, expected: 1.3862943611198906),
    .init(a: 0.5, b: 0.5, c: 1.5, z: 0.25, expected: 1.0471975511965977),
    // Power series region.
    .init(a: 0.2426, b: 2.4258, c: 2.2187, z: 0.3, expected: 1.1003514745186437),
    .init(a: 2.2426, b: 4.4258, c: 5.2187, z: 0.85, expected: 28.891366372163119),
    .init(a: 2.5, b: 3.5, c: 1.5, z: 0.6, expected: 111.17382399029456),
    // z close to 1: the 1−z connection formula.
    .init(a: 0.2426, b: 2.4258, c: 2.2187, z: 0.95, expected: 2.4429625964210371),
    .init(a: 1.5, b: 2.25, c: 3.1, z: 0.99, expected: 54.025300432584446),
    .init(a: 0.7, b: 1.3, c: 2.9, z: 0.999, expected: 1.9684918066267425),
    .init(a: 3.2426, b: 5.4258, c: 7.2187, z: 0.9999, expected: 5150858.8204235445),
    .init(a: 20.2426, b: 22.4258, c: 22.2187, z: 0.95, expected: 3.9590643344647799e+26),
    .init(a: 1.5, b: -0.5, c: 0.5, z: 0.92, expected: -2.9698484809835006),
    // c−a−b an integer (0, 1, −1) or within 0.003 of one, close to z = 1.
    .init(a: 1, b: 1, c: 2, z: 0.999, expected: 6.9146699489310672),
    .init(a: 0.5, b: 1.5, c: 3, z: 0.97, expected: 1.5910063766322274),
    .init(a: 2, b: 3, c: 4, z: 0.995, expected: 576.80396711032881),
    .init(a: 1, b: 1, c: 2.0015, z: 0.99, expected: 4.6402174171698353),
    .init(a: 1, b: 1, c: 2.003, z: 0.99, expected: 4.6287999789655566),
    .init(a: 1.2426, b: 2.4258, c: 2.9761, z: 0.995, expected: 83.304716222936886),
    // Negative z: Pfaff's transformation, including |z| ≫ 1.
    .init(a: 0.2426, b: 2.4258, c: 2.2187, z: -0.5, expected: 0.89908362251353916),
    .init(a: 1.2, b: 0.8, c: 2.5, z: -2, expected: 0.61886669900471147),
    .init(a: 5.2426, b: -0.2071, c: 6.2187, z: -10, expected: 1.588434616819126),
    .init(a: 0.2426, b: 2.4258, c: 2.2187, z: -30, expected: 0.42290365953645986),
    .init(a: 0.3, b: 1.7, c: 1.2, z: -1000, expected: 0.10562876828950592),
    .init(a: 1, b: 1, c: 2, z: -0.999999, expected: 0.69314737370719402),
    .init(a: 1, b: 1, c: 2, z: -1e6, expected: 1.3815511557963774e-5),
    .init(a: 0.5, b: 0.5, c: 1.5, z: -1e4, expected: 0.052983423656105888),
    // Terminating series (a = −3): a cubic polynomial in z.
    .init(a: -3, b: 2.5, c: 1.5, z: 0.7, expected: -0.099000000000000017),
    .init(a: -3, b: 2.5, c: 1.5, z: -7.5, expected: 1697.875),
  ]

  @Test("matches high-precision reference values", arguments: cases)
  func matchesReference(_ point: HypergeometricCase) {
    let value = Hypergeometric.f21(point.a, point.b, point.c, point.z)
    let relativeError = abs(value - point.expected) / abs(point.expected)
    #expect(relativeError < 1e-11, "got \(value), relative error \(relativeError)")
  }

  @Test("is exactly 1 at z = 0")
  func oneAtZero() {
    #expect(Hypergeometric.f21(0.3, 4.2, 1.7, 0) == 1)
  }

  @Test(
    "is NaN outside its domain",
    arguments: [
      HypergeometricCase(a: 1, b: 1, c: 2, z: 1, expected: .nan),
      HypergeometricCase(a: 1, b: 1, c: 2, z: 1.5, expected: .nan),
      HypergeometricCase(a: 1, b: 1, c: -2, z: 0.5, expected: .nan),
    ])
  func nanOutsideDomain(_ point: HypergeometricCase) {
    #expect(Hypergeometric.f21(point.a, point.b, point.c, point.z).isNaN)
  }
}
