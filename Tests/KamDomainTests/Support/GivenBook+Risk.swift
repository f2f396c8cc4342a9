import KamDomain
import KamTime

extension GivenBook {
  /// The churn risk report on day `day`.
  func risk(
    on day: Int, policy: Policy = Policy(), classA: Set<ClientSlug> = []
  ) throws -> ChurnRiskReport {
    try ChurnRiskReport(all, on: Given.day(day), policy: policy, classA: classA)
  }

  /// `client`'s reading of `signal` on day `day`.
  func reading(
    _ signal: RiskSignal, of client: String, on day: Int, policy: Policy = Policy()
  ) throws -> SignalReading? {
    try risk(on: day, policy: policy).assessment(of: Self.slug(client))?.reading(signal)
  }
}
