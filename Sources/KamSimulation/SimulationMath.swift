/// `log` and `exp` in plain IEEE arithmetic.
///
/// The platform's libm may round differently from one system to another;
/// these use only `+ − × ÷` and `squareRoot`, which IEEE 754 fixes exactly,
/// so a seed gives the same amounts everywhere.
public enum SimulationMath {
  private static let ln2Hi = 6.931_471_803_691_238_164_90e-01
  private static let ln2Lo = 1.908_214_929_270_587_700_02e-10
  private static let ln2 = 0.693_147_180_559_945_309_417

  /// The natural logarithm; nan for negative numbers, -infinity for 0.
  public static func log(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return x == 0 ? -.infinity : (x.isNaN || x < 0 ? .nan : x) }
    var exponent = Double(x.exponent)
    var m = x.significand  // in [1, 2)
    if m > 1.414_213_562_373_095 {
      m /= 2
      exponent += 1
    }
    // log m = 2·atanh(s) with s = (m−1)/(m+1), |s| < 0.172: the series converges fast.
    let s = (m - 1) / (m + 1)
    let s2 = s * s
    var term = s
    var sum = 0.0
    var k = 1.0
    while k < 40 {
      sum += term / k
      term *= s2
      k += 2
    }
    return exponent * ln2Hi + (2 * sum + exponent * ln2Lo)
  }

  /// e raised to `x`; 0 below −745, infinity above 709.
  public static func exp(_ x: Double) -> Double {
    if x.isNaN { return x }
    if x > 709.7 { return .infinity }
    if x < -745 { return 0 }
    // x = k·ln2 + r with |r| ≤ ln2/2; e^r by its Taylor series, then scaled by 2^k.
    let k = (x / ln2).rounded()
    let r = (x - k * ln2Hi) - k * ln2Lo
    var term = 1.0
    var sum = 1.0
    var n = 1.0
    while n < 20 {
      term *= r / n
      sum += term
      n += 1
    }
    return scaled(sum, Int(k))
  }

  private static func scaled(_ value: Double, _ power: Int) -> Double {
    // Two steps so that 2^power itself never overflows or goes subnormal early.
    let half = power / 2
    return value * Double(sign: .plus, exponent: half, significand: 1)
      * Double(sign: .plus, exponent: power - half, significand: 1)
  }
}
