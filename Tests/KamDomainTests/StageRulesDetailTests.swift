import KamDomain
import KamTime
import Testing

@Suite("Stage rules: golden shot, costs and retractions")
struct StageRulesDetailTests {
  @Test(
    "given one sale, when its margin is 30 % or just under, then only 30 % is a golden shot",
    arguments: [(Int64(70_000), true), (70_001, false), (0, true)])
  func goldenShotMargin(cost: Int64, expected: Bool) {
    var given = Given()
    given.sale(on: 50, amount: 100_000, cost: cost)
    let evaluation = given.evaluate(on: 60)
    #expect(evaluation.stage == .transactional)
    #expect(evaluation.goldenShot == expected)
    #expect(evaluation.rule == (expected ? .goldenShot : .transactional))
  }

  @Test(
    "given a negotiation before a lone sale on day 50, when evaluated, then quiet 30 days needed",
    arguments: [(19, true), (20, false), (50, false), (51, true)])
  func goldenShotQuiet(negotiatedOn: Int, expected: Bool) {
    var given = Given()
    let negotiation = given.negotiation(on: negotiatedOn)
    given.sale(on: 50)
    let evaluation = given.evaluate(on: 60)
    #expect(evaluation.goldenShot == expected)
    let inQuietDays = (20...50).contains(negotiatedOn)
    #expect(evaluation.facts.contains(negotiation) == inQuietDays)
  }

  @Test("given a golden shot, when a second sale comes, then it is plain transactional")
  func goldenShotNeedsOneSale() {
    var given = Given()
    given.sale(on: 50)
    given.sale(on: 70)
    #expect(given.evaluate(on: 60).goldenShot)
    #expect(!given.evaluate(on: 70).goldenShot)
    #expect(given.stage(on: 70) == .transactional)
  }

  @Test("given a lone old sale, when it has left the window, then lapsed and no golden shot")
  func lapsedIsNoGoldenShot() {
    var given = Given()
    given.sale(on: 0)
    #expect(!given.evaluate(on: 400).goldenShot)
  }

  @Test(
    "given a meeting of some minutes, when costed, then minutes × rate / 60 rounded",
    arguments: [(Int64(1), Int64(333)), (2, 667), (60, 20_000), (90, 30_000)])
  func meetingMinutes(minutes: Int64, expected: Int64) {
    var given = Given()
    given.meeting(on: 0, minutes: minutes)
    #expect(given.evaluate(on: 0).measures.costToServe == Money(minorUnits: expected))
  }

  @Test("given a meeting with an explicit cost, when costed, then the cost wins over minutes")
  func meetingExplicitCost() {
    var given = Given()
    given.meeting(on: 0, minutes: 600, cost: 1_234)
    given.meeting(on: 1, minutes: nil)
    #expect(given.evaluate(on: 1).measures.costToServe == Money(minorUnits: 1_234))
  }

  @Test("given a resolution cost, when it leaves the window, then it no longer counts")
  func resolutionCostWindow() {
    var given = Given()
    given.complaint("c1", on: 0)
    given.resolved("c1", on: 10, cost: 5_000)
    #expect(given.evaluate(on: 374).measures.costToServe == Money(minorUnits: 5_000))
    #expect(given.evaluate(on: 375).measures.costToServe == .zero)
  }

  @Test("given a partner, when one sale is retracted, then five sales make cooperation")
  func retractedSale() {
    var given = Given.partner()
    let sale = given.history.sales[3].seq
    given.retract(sale, on: 200)
    let evaluation = given.evaluate(on: 200)
    #expect(evaluation.stage == .cooperation)
    #expect(!evaluation.facts.contains(sale))
  }

  @Test("given a retracted retraction, when evaluated, then the sale counts again")
  func retractedRetraction() {
    var given = Given.partner()
    let retraction = given.retract(given.history.sales[3].seq, on: 200)
    given.retract(retraction, on: 201)
    #expect(given.stage(on: 201) == .partnership)
  }

  @Test("given a retracted resolution, when evaluated, then the complaint is open and stale")
  func retractedResolution() {
    var given = Given.partner()
    given.complaint("c1", on: 150)
    let resolution = given.resolved("c1", on: 160, cost: 100)
    given.retract(resolution, on: 170)
    // Open for more than 30 + 60 days, the complaint lowers the partnership one step.
    #expect(given.stage(on: 240) == .partnership)
    #expect(given.stage(on: 250) == .cooperation)
    #expect(given.evaluate(on: 250).measures.costToServe == Money(minorUnits: 40_000))
  }

  @Test("given any stage, when evaluated, then the policy version is recorded")
  func policyVersion() {
    var policy = Policy()
    policy.version = 3
    #expect(Given.partner().evaluate(on: 200, policy: policy).policyVersion == 3)
  }

  @Test("given the pyramid, when ranked, then synergy is on top and lapsed at the bottom")
  func ranks() {
    #expect(Stage.pyramid.map(\.rank) == [5, 4, 3, 2])
    #expect(Stage.allCases.sorted { $0.rank < $1.rank }.first == .lapsed)
    #expect(!Stage.prospect.isOnPyramid && !Stage.lapsed.isOnPyramid)
  }
}
