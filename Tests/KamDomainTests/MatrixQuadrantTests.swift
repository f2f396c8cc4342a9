import KamDomain
import Testing

@Suite("The portfolio matrix")
struct MatrixQuadrantTests {
  let policy = Policy()

  /// (attractiveness, standing, quadrant, default label).
  static let cases: [(Int, Int, MatrixQuadrant, String)] = [
    (50, 50, .highHigh, "key"),
    (50, 49, .highLow, "develop"),
    (49, 50, .lowHigh, "maintain"),
    (49, 49, .lowLow, "minimal"),
    (100, 0, .highLow, "develop"),
    (0, 100, .lowHigh, "maintain"),
  ]

  @Test("given an assessment, then each axis is high from the threshold (50) up", arguments: cases)
  func boundaries(attractiveness: Int, standing: Int, quadrant: MatrixQuadrant, label: String) {
    var given = GivenClient("acme")
    given.assessed(
      attractiveness: Int64(attractiveness), standing: Int64(standing), on: "2026-06-01")

    let found = MatrixQuadrant(given.history, on: day("2026-12-31"), policy: policy)

    #expect(found == quadrant)
    #expect(found?.label(in: policy) == label)
  }

  @Test("given no assessment by the date, then there is no quadrant")
  func neverAssessed() {
    var given = GivenClient("acme")
    #expect(MatrixQuadrant(given.history, on: day("2026-12-31"), policy: policy) == nil)

    given.assessed(attractiveness: 80, standing: 80, on: "2027-01-05")
    #expect(MatrixQuadrant(given.history, on: day("2026-12-31"), policy: policy) == nil)
  }

  @Test("given several assessments, then the latest by business date that stands is used")
  func latestAssessment() {
    var given = GivenClient("acme")
    given.assessed(attractiveness: 80, standing: 80, on: "2026-09-01")
    given.assessed(attractiveness: 10, standing: 10, on: "2026-03-01")  // backdated
    let wrong = given.assessed(attractiveness: 90, standing: 10, on: "2026-10-01")
    given.retract(wrong, on: "2026-10-02")

    #expect(MatrixQuadrant(given.history, on: day("2026-12-31"), policy: policy) == .highHigh)
    #expect(MatrixQuadrant(given.history, on: day("2026-06-01"), policy: policy) == .lowLow)
  }

  @Test("given a same-day reassessment, then the later one recorded wins")
  func sameDay() {
    var given = GivenClient("acme")
    given.assessed(attractiveness: 80, standing: 80, on: "2026-09-01")
    given.assessed(attractiveness: 80, standing: 20, on: "2026-09-01")

    #expect(MatrixQuadrant(given.history, on: day("2026-09-01"), policy: policy) == .highLow)
  }

  @Test("given a policy with its own labels and threshold, then they are used")
  func customPolicy() {
    var policy = Policy()
    policy.matrixThreshold = 70
    policy.labelHighLow = "invest"

    let quadrant = MatrixQuadrant(
      attractiveness: 70, standing: 69, threshold: policy.matrixThreshold)

    #expect(quadrant == .highLow)
    #expect(quadrant.label(in: policy) == "invest")
  }
}
