import KamDomain
import Testing

@testable import KamCLI

@Suite("Churn-risk reasons in words")
struct RiskTextTests {
  @Test("a reason adding under half a percentage point of risk is left out of the words")
  func negligibleReasonsLeftOut() {
    let assessment = ChurnRiskAssessment(
      client: ClientSlug(rawValue: "acme")!, loyal: true, pAlive: 0.999,
      signals: [
        SignalReading(.pAlive, value: 0.999, score: 0.001),
        SignalReading(.discountPressure, value: 1, detail: 0, score: 0.25),
      ],
      policy: Policy())
    #expect(assessment.reasons.map(\.signal) == [.discountPressure, .pAlive])
    #expect(RiskText.reasons(of: assessment, count: 2) == "1 discount granted or deal lost")
  }

  @Test(
    "a probability claims 100 % or 0 % only when certain; near the ends it gets a decimal",
    arguments: [
      (0.734, "73 %"), (0.99, "99 %"), (0.994, "99 %"), (0.995, "99.5 %"), (0.996, "99.6 %"),
      (0.9994, "99.9 %"), (0.9996, "> 99.9 %"), (1, "100 %"), (0.004, "0.4 %"),
      (0.0004, "< 0.1 %"), (0, "0 %"), (0.005, "1 %"), (Double.nan, "–"),
    ])
  func percent(share: Double, words: String) {
    #expect(RiskText.percent(share) == words)
  }

  @Test("P(alive) of 0.996 reads 99.6 %, never 100 %")
  func pAliveNearOne() throws {
    let assessment = ChurnRiskAssessment(
      client: ClientSlug(rawValue: "acme")!, loyal: true, pAlive: 0.996,
      signals: [SignalReading(.pAlive, value: 0.996, score: 0.004)], policy: Policy())
    let reason = try #require(assessment.reasons.first { $0.signal == .pAlive })
    #expect(RiskText.reason(reason, in: assessment) == "P(alive) 99.6 %")
  }
}
