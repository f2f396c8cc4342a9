import KamDomain
import KamTime
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Churn risk: weights, contributions and bands")
struct ChurnRiskScoringTests {
  static let client = ClientSlug(rawValue: "acme")!

  /// P(alive) at face value, the purchase gap at half, contact 0.2, the rest off.
  static var policy: Policy {
    var policy = Policy()
    policy.weightPAlive = 1
    policy.weightContactGap = 0.2
    policy.weightPurchaseGap = 0.5
    policy.weightComplaints = 0
    policy.weightDiscounts = 0
    policy.weightAttentionShift = 0
    return policy
  }

  @Test("given readings, when combined, then risk is 1 − Π(1 − weight × score)")
  func handComputed() {
    let signals = [
      SignalReading(.pAlive, value: 0.5, score: 0.5),
      SignalReading(.contactGap, value: 90, detail: 30, score: 1),
      SignalReading(.purchaseGap, value: 25, detail: 20, score: 0.4),
      SignalReading(.complaints, value: 3, detail: 1, score: 1),
    ]
    let assessment = ChurnRiskAssessment(
      client: Self.client, loyal: true, pAlive: 0.5, signals: signals, policy: Self.policy)
    // Chances 0.5, 0.2 and 0.5·0.4 = 0.2; complaints weigh 0. 1 − 0.5·0.8·0.8 = 0.68.
    #expect(abs(assessment.risk - 0.68) < 1e-12)
    #expect(assessment.band == .high)
    // Contributions are shares of the hazard −ln(0.32): ln 2 for P(alive), −ln 0.8 twice.
    let total = -log(0.32)
    let expected = [0.68 * log(2) / total, 0.68 * -log(0.8) / total, 0.68 * -log(0.8) / total]
    // Equal contributions keep the signals' declared order; weight 0 gives no reason.
    #expect(assessment.reasons.map(\.signal) == [.pAlive, .contactGap, .purchaseGap])
    #expect(zip(assessment.reasons, expected).allSatisfy { abs($0.contribution - $1) < 1e-12 })
    #expect(assessment.reasons.map(\.value) == [0.5, 90, 25])
    // A signal that weighs nothing contributes nothing, though it was read.
    #expect(assessment.contribution(of: .complaints) == 0)
    #expect(abs(assessment.contribution(of: .pAlive) - expected[0]) < 1e-12)
  }

  @Test("given a single signal, when combined, then the risk is its weight × score")
  func singleSignal() {
    let signals = [SignalReading(.contactGap, value: 90, detail: 30, score: 0.5)]
    let assessment = ChurnRiskAssessment(
      client: Self.client, loyal: true, pAlive: nil, signals: signals, policy: Self.policy)
    #expect(abs(assessment.risk - 0.1) < 1e-15)
    #expect(assessment.reasons.count == 1)
    #expect(abs(assessment.reasons[0].contribution - 0.1) < 1e-15)
  }

  @Test("given a loyal client with trouble, when assessed, then contributions sum to the risk")
  func contributionsSumToRisk() throws {
    var book = GivenBook()
    book.client("acme")
    book.sales("acme", on: [0, 20, 40, 60])
    book.meetings("acme", on: [0, 10, 20, 30])
    book.complaint("acme", "c1", on: 50)
    book.negotiation("acme", on: 55, outcome: .lost)
    let assessment = try #require(try book.risk(on: 150).assessment(of: Self.client))
    let sum = assessment.reasons.reduce(0) { $0 + $1.contribution }
    #expect(abs(sum - assessment.risk) < 1e-12)
    #expect(assessment.reasons.count >= 4)
    let contributions = assessment.reasons.map(\.contribution)
    #expect(contributions == contributions.sorted(by: >))
    #expect(assessment.risk > 0 && assessment.risk <= 1)
  }

  @Test("given every score at 1, when combined, then the risk is 1, shared by the certain causes")
  func maximum() {
    let signals = RiskSignal.allCases.map { SignalReading($0, value: 1, score: 1) }
    let assessment = ChurnRiskAssessment(
      client: Self.client, loyal: true, pAlive: 0, signals: signals, policy: Policy())
    #expect(assessment.risk == 1)
    #expect(assessment.band == .high)
    // Weight 1 makes P(alive) = 0 and certain silence each a sure cause; the others' finite
    // hazards are nothing beside them.
    #expect(assessment.reasons.map(\.signal) == [.pAlive, .purchaseGap])
    #expect(assessment.reasons.map(\.contribution) == [0.5, 0.5])
  }

  @Test("given all weights zero, when combined, then the risk is 0 with no reasons")
  func zeroWeights() {
    var policy = Policy()
    for path: WritableKeyPath<Policy, Double> in [
      \.weightPAlive, \.weightContactGap, \.weightPurchaseGap, \.weightComplaints,
      \.weightDiscounts, \.weightAttentionShift,
    ] {
      policy[keyPath: path] = 0
    }
    let signals = [SignalReading(.contactGap, value: 90, score: 1)]
    let assessment = ChurnRiskAssessment(
      client: Self.client, loyal: true, pAlive: nil, signals: signals, policy: policy)
    #expect(assessment.risk == 0)
    #expect(assessment.reasons.isEmpty)
  }

  @Test(
    "given a risk at or just below a threshold, when banded, then the threshold belongs above",
    arguments: [
      (0.0, RiskBand.low), (0.2999, .low), (0.3, .medium), (0.5999, .medium), (0.6, .high),
      (1, .high),
    ])
  func bands(risk: Double, band: RiskBand) {
    #expect(RiskBand(risk: risk, policy: Policy()) == band)
  }

  @Test("given a score outside [0, 1] or NaN, when read, then it is clamped")
  func clamped() {
    #expect(SignalReading(.complaints, value: 9, score: 2.25).score == 1)
    #expect(SignalReading(.pAlive, value: 1, score: -0.0001).score == 0)
    #expect(SignalReading(.pAlive, value: 1, score: .nan).score == 0)
  }
}
