import KamDomain
import KamPurchaseModel
import KamTime
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Churn risk: contact and purchase gaps")
struct RiskGapSignalTests {
  /// A client buying on day 0 with meetings on days 0, 30, 60 and 100: usual gap 30.
  static func regular() -> GivenBook {
    var book = GivenBook()
    book.client("acme")
    book.sale("acme", on: 0)
    book.meetings("acme", on: [0, 30, 60, 100])
    return book
  }

  @Test(
    "given meetings 30, 30 and 40 days apart, when evaluated, then scored against 30 days",
    arguments: [(130, 30.0, 0.0), (160, 60, 0.5), (175, 75, 0.75), (190, 90, 1), (220, 120, 1)])
  func contactGap(day: Int, gap: Double, score: Double) throws {
    let reading = try #require(try Self.regular().reading(.contactGap, of: "acme", on: day))
    #expect(reading.value == gap)
    #expect(reading.detail == 30)
    #expect(reading.score == score)
  }

  @Test("given two meetings in the year, when evaluated, then the default cadence is the usual")
  func defaultCadence() throws {
    var book = GivenBook()
    book.client("acme")
    book.sale("acme", on: 0)
    book.meetings("acme", on: [0, 10])
    let reading = try #require(try book.reading(.contactGap, of: "acme", on: 100))
    #expect(reading.value == 90)
    #expect(reading.detail == 60)
    #expect(reading.score == 0.25)
  }

  @Test(
    "given fewer than three meeting days in the window, when evaluated, then the whole history",
    arguments: [(420, 135.0), (430, 30)])
  func usualGapWindow(day: Int, usual: Double) throws {
    var book = GivenBook()
    book.client("acme")
    book.sale("acme", on: 0)
    // In the window on day 420: 60, 300, 330 (gaps 240, 30). On day 430 only 300 and 330
    // are left, so all five days count: gaps 30, 30, 240, 30.
    book.meetings("acme", on: [0, 30, 60, 300, 330])
    let reading = try #require(try book.reading(.contactGap, of: "acme", on: day))
    #expect(reading.detail == usual)
    #expect(reading.value == Double(day - 330))
  }

  @Test("given a client met twice a year, when evaluated, then its rhythm is half a year")
  func slowRhythm() throws {
    var book = GivenBook()
    book.client("acme")
    book.sale("acme", on: 0)
    book.meetings("acme", on: [0, 180, 360, 540])
    let reading = try #require(try book.reading(.contactGap, of: "acme", on: 700))
    #expect(reading.detail == 180)
    #expect(reading.score == 0)
  }

  @Test(
    "given a client never met, when evaluated, then no contact gap is read: absent data is not neglect"
  )
  func neverMet() throws {
    var book = GivenBook()
    book.client("acme", on: 0)
    book.sale("acme", on: 10)
    #expect(try book.reading(.contactGap, of: "acme", on: 90) == nil)
    book.meetings("acme", on: [20])
    let reading = try #require(try book.reading(.contactGap, of: "acme", on: 90))
    #expect(reading.value == 70)
  }

  @Test("given a retracted meeting and one after the day, when evaluated, then neither counts")
  func meetingsThatDoNotCount() throws {
    var book = Self.regular()
    let late = book.meeting("acme", on: 120)
    book.retract("acme", late, on: 121)
    book.meeting("acme", on: 200)
    let reading = try #require(try book.reading(.contactGap, of: "acme", on: 160))
    #expect(reading.value == 60)
    #expect(reading.detail == 30)
  }

  @Test(
    "given purchase days 20, 20 and 30 apart, when evaluated, then P(no purchase | alive)",
    arguments: [(70, 0.0), (90, 20), (110, 40), (150, 80)])
  func purchaseGap(day: Int, gap: Double) throws {
    var book = GivenBook()
    book.client("acme")
    book.sales("acme", on: [0, 20, 40, 40, 70])
    let report = try book.risk(on: day)
    // Too few repeat buyers for BG/NBD: the fallback's rate prior is Gamma(1, g), g = 70/3
    // days (acme's mean gap, the only one), and acme made x = 3 repeat purchases in T = day.
    #expect(report.fit.model == .recency)
    let g = 70.0 / 3
    let usual = (g + Double(day)) / 4
    let silence = pow((g + Double(day)) / (g + Double(day) + 180), 4)
    let reading = try #require(report.assessment(of: GivenBook.slug("acme"))?.reading(.purchaseGap))
    #expect(reading.value == gap)
    #expect(abs(try #require(reading.detail) - usual) < 1e-9)
    #expect(abs(reading.score - silence) < 1e-12)
  }

  @Test("given one purchase day, when evaluated, then the book's typical gap is the prior")
  func purchaseGapOfOneTimeBuyer() throws {
    var book = GivenBook()
    book.sales("once", on: [0, 0])
    book.sales("twice", on: [0, 14])
    let report = try book.risk(on: 28)
    #expect(report.purchaseModel.typicalGapDays == 14)
    let reading = try #require(report.assessment(of: GivenBook.slug("once"))?.reading(.purchaseGap))
    #expect(reading.value == 28)
    // (g + T) / (1 + x) with g = 14 and T = 28 days; silence (42 / 222)¹.
    #expect(abs(try #require(reading.detail) - 42) < 1e-9)
    #expect(abs(reading.score - 42.0 / 222) < 1e-12)
  }

  @Test("given a longer horizon in the policy, when evaluated, then silence is less likely")
  func horizon() throws {
    var book = GivenBook()
    book.sales("acme", on: [0, 20, 40])
    var policy = Policy()
    policy.riskHorizonDays = 30
    let short = try #require(try book.reading(.purchaseGap, of: "acme", on: 50, policy: policy))
    policy.riskHorizonDays = 365
    let long = try #require(try book.reading(.purchaseGap, of: "acme", on: 50, policy: policy))
    #expect(short.score > long.score)
    #expect(short.detail == long.detail)
  }

  @Test("given a prospect, when evaluated, then it has no P(alive) and no purchase gap")
  func prospect() throws {
    var book = GivenBook()
    book.prospect("lead")
    book.meeting("lead", on: 5)
    book.sales("other", on: [0, 10])
    let assessment = try #require(try book.risk(on: 20).assessment(of: GivenBook.slug("lead")))
    #expect(assessment.pAlive == nil)
    #expect(assessment.reading(.pAlive) == nil)
    #expect(assessment.reading(.purchaseGap) == nil)
    #expect(assessment.reading(.contactGap)?.value == 15)
  }

  @Test("given the gap score, when the usual gap is zero, then any gap is a full score")
  func gapScoreEdges() {
    #expect(SignalReading.gapScore(gap: 0, usual: 0) == 0)
    #expect(SignalReading.gapScore(gap: 1, usual: 0) == 1)
    #expect(SignalReading.gapScore(gap: 5, usual: 10) == 0)
    #expect(SignalReading.gapScore(gap: 20, usual: 10) == 0.5)
  }
}
