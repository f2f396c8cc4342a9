import KamDomain
import KamTime
import Testing

@Suite("Stage rules")
struct StageRulesTests {
  @Test("given no event at all, when evaluated, then prospect")
  func emptyStream() {
    let evaluation = Given().evaluate(on: 0)
    #expect(evaluation.stage == .prospect)
    #expect(evaluation.rule == .prospect)
    #expect(evaluation.facts.isEmpty)
  }

  @Test("given a registered prospect with a sale tomorrow, when evaluated today, then prospect")
  func saleAfterTheDayDoesNotCount() {
    var given = Given()
    given.prospect(on: 0)
    given.sale(on: 11)
    #expect(given.stage(on: 10) == .prospect)
    #expect(given.stage(on: 11) == .transactional)
  }

  @Test(
    "given one sale on day 0, when evaluated W days later, then it has left the window",
    arguments: [(364, Stage.transactional), (365, .lapsed), (900, .lapsed)])
  func windowBoundary(day: Int, expected: Stage) {
    var given = Given()
    given.sale(on: 0)
    #expect(given.stage(on: day) == expected)
  }

  @Test("given a lapsed client, when evaluated, then the last sale is the fact behind it")
  func lapsedExplained() {
    var given = Given()
    given.sale(on: 0)
    let last = given.sale(on: 10)
    let evaluation = given.evaluate(on: 400)
    #expect(evaluation.rule == .lapsed)
    #expect(evaluation.facts == [last])
    #expect(
      evaluation.explanation == "lapsed: 2 sales before, the last on 2025-01-11, none in 365 days")
  }

  @Test(
    "given sales and meetings in the window, when evaluated, then cooperation needs 2 and 1",
    arguments: [(1, 1, Stage.transactional), (2, 0, .transactional), (2, 1, .cooperation)])
  func cooperation(sales: Int, meetings: Int, expected: Stage) {
    var given = Given()
    given.sales(on: Array(0..<sales).map { $0 * 10 })
    for index in 0..<meetings { given.meeting(on: 5 + index) }
    #expect(given.stage(on: 30) == expected)
  }

  @Test(
    "given a partner, when the count of sales in the window is 5 or 6, then 6 make a partner",
    arguments: [(5, Stage.cooperation), (6, .partnership)])
  func partnershipSales(count: Int, expected: Stage) {
    var given = Given()
    // The first sale, on day 0, sets the tenure; the others fill the window up.
    given.sales(on: [0] + Array([40, 80, 120, 160, 200].suffix(count - 1)))
    given.meeting(on: 100)
    given.meeting(on: 150)
    #expect(given.stage(on: 200) == expected)
    #expect(given.evaluate(on: 200).measures.salesInWindow == count)
  }

  @Test(
    "given six sales from day 0, when evaluated on the 179th or 180th day, then tenure needs 180",
    arguments: [(179, Stage.cooperation), (180, .partnership)])
  func tenure(day: Int, expected: Stage) {
    var given = Given()
    given.sales(on: [0, 10, 20, 30, 40, 50])
    given.meeting(on: 60)
    given.meeting(on: 70)
    #expect(given.stage(on: day) == expected)
  }

  @Test("given a partner with one meeting in the window, when evaluated, then cooperation")
  func partnershipMeetings() {
    var given = Given()
    given.sales(on: [0, 40, 80, 120, 160, 200])
    given.meeting(on: 150)
    let evaluation = given.evaluate(on: 200)
    #expect(evaluation.stage == .cooperation)
    #expect(evaluation.missing == ["partnership: 1 meeting in 365 days (≥ 2)"])
  }

  @Test(
    "given a partner with a complaint filed on day 210, when evaluated, then one step down on day 301 (stale after 30 days, held 60 more)",
    arguments: [(240, Stage.partnership), (300, .partnership), (301, .cooperation)])
  func staleComplaint(day: Int, expected: Stage) {
    var given = Given.partner()
    let complaint = given.complaint("c1", on: 210)
    let evaluation = given.evaluate(on: day)
    #expect(evaluation.stage == expected)
    #expect(evaluation.facts.contains(complaint) == (expected == .cooperation))
  }

  @Test(
    "given a complaint resolved on day 320, when evaluated, then lowered only before it",
    arguments: [(319, Stage.cooperation), (320, .partnership)])
  func resolvedComplaint(day: Int, expected: Stage) {
    var given = Given.partner()
    given.complaint("c1", on: 210)
    given.resolved("c1", on: 320)
    #expect(given.stage(on: day) == expected)
  }

  @Test(
    "given a partner, when profit over the window is negative, zero or positive, then > 0 needed",
    arguments: [
      (Int64(240_000), Stage.cooperation), (200_000, .cooperation), (199_999, .partnership),
    ])
  func profit(resolutionCost: Int64, expected: Stage) {
    // Six sales earn 2400.00; two hour-long meetings cost 400.00.
    var given = Given.partner()
    given.complaint("c1", on: 190)
    given.resolved("c1", on: 195, cost: resolutionCost)
    #expect(given.stage(on: 200) == expected)
  }
}
