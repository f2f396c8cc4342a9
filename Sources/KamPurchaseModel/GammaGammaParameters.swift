/// The Gamma-Gamma spend model's parameters (p, q, v): Fader, Hardie & Lee (2005b).
///
/// A client's spend per transaction is Gamma(p, ν) around its own mean p/ν, and ν varies
/// across clients as Gamma(q, v). The population's mean spend per transaction is
/// p·v / (q − 1), finite only when q > 1.
public struct GammaGammaParameters: Hashable, Sendable {
  /// p: the shape of a client's spend per transaction.
  public var p: Double
  /// q: the shape of ν across clients.
  public var q: Double
  /// v: the scale of ν across clients.
  public var v: Double

  /// Wraps the three parameters; each must be positive.
  public init(p: Double, q: Double, v: Double) {
    self.p = p
    self.q = q
    self.v = v
  }

  /// The population's mean spend per transaction, p·v / (q − 1); nil when q ≤ 1.
  public var populationMeanSpend: Double? {
    q > 1 ? p * v / (q - 1) : nil
  }

  /// E[M | x, m̄ₓ]: a client's expected spend per transaction given what it spent.
  ///
  /// A weighted mean of the population's mean and the client's own, weighted towards the
  /// client by p·x / (p·x + q − 1); a client with no repeat day gets the population's.
  /// Nil when q ≤ 1 (the population mean is infinite).
  ///
  /// ```swift
  /// let model = GammaGammaParameters(p: 6.25, q: 3.74, v: 15.45)
  /// model.expectedMeanSpend(repeatDays: 2, meanSpend: 30)  // ≈ 32.7
  /// ```
  public func expectedMeanSpend(repeatDays: Int, meanSpend: Double) -> Double? {
    guard let population = populationMeanSpend else { return nil }
    guard repeatDays > 0, meanSpend.isFinite, meanSpend > 0 else { return population }
    let weight = p * Double(repeatDays) / (p * Double(repeatDays) + q - 1)
    return (1 - weight) * population + weight * meanSpend
  }
}
