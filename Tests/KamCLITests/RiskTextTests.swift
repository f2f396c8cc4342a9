import KamBookSQLite
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
}
