import KamDomain
import KamTime
import Testing

@Suite("What holds of a stage and what the next one needs")
struct StageChecklistTests {
  @Test(
    "given 2 sales and a meeting, when the checklist is made, then cooperation holds with its events and partnership needs the rest"
  )
  func cooperationTowardsPartnership() {
    var given = Given()
    let first = given.sale(on: 0)
    let second = given.sale(on: 20)
    let meeting = given.meeting(on: 30)
    let evaluation = given.evaluate(on: 40)
    let checklist = StageRules.checklist(given.history, evaluation, policy: Policy())
    #expect(checklist.stage == .cooperation)
    #expect(
      checklist.holding.map(\.text) == ["2 sales in 365 days (≥ 2)", "1 meeting in 365 days (≥ 1)"])
    #expect(checklist.holding.map(\.facts) == [[first, second], [meeting]])
    #expect(checklist.holding.allSatisfy { $0.holds && $0.gap == nil })
    #expect(checklist.next == .partnership)
    #expect(
      checklist.needed.map(\.gap) == [
        "needs 4 more sales in 365 days, has 2", "needs a first sale 180 days before, has 40",
        "needs 1 more meeting in 365 days, has 1",
      ])
    #expect(checklist.needed.allSatisfy { !$0.holds && $0.stage == .partnership })
  }

  @Test(
    "given a lapsed client, when the checklist is made, then nothing holds and a sale is needed")
  func lapsed() {
    var given = Given()
    given.sale(on: 0)
    let checklist = StageRules.checklist(given.history, given.evaluate(on: 400), policy: Policy())
    #expect(checklist.stage == .lapsed)
    #expect(checklist.holding.isEmpty)
    #expect(checklist.next == .transactional)
    #expect(checklist.needed.map(\.gap) == ["needs 1 more sale in 365 days, has 0"])
  }

  @Test(
    "given a partner without an initiative or assessment, when the checklist is made, then synergy needs both"
  )
  func synergyNeeds() {
    var given = Given()
    given.sales(on: [0, 40, 80, 120, 160, 200])
    given.meeting(on: 10)
    given.meeting(on: 50)
    let checklist = StageRules.checklist(given.history, given.evaluate(on: 210), policy: Policy())
    #expect(checklist.stage == .partnership)
    #expect(checklist.holding.count == 4)
    #expect(
      checklist.needed.map(\.gap) == [
        "needs a joint initiative running, has none",
        "needs a standing of 70 or more, has no assessment",
      ])
  }
}
