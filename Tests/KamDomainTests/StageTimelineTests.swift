import KamDomain
import KamTime
import Testing

@Suite("Stage timeline")
struct StageTimelineTests {
  @Test("given no facts, when the timeline is drawn, then it is empty")
  func empty() {
    #expect(Given().timeline(through: 100).transitions.isEmpty)
    var given = Given()
    given.registered(on: 50)
    #expect(given.timeline(through: 49).transitions.isEmpty)
    #expect(given.timeline(through: 50).steps == [Step(.prospect, 50, "prospect")])
  }

  @Test("given a lone sale, when a year passes, then it lapses exactly W days after the sale")
  func lapse() {
    var given = Given()
    given.registered(on: -10)
    let sale = given.sale(on: 0)
    #expect(
      given.timeline(through: 500).steps == [
        Step(.prospect, -10, "prospect"),
        Step(.transactional, 0, "golden-shot", sale),
        Step(.lapsed, 365, "sale-left-window"),
      ])
    #expect(given.timeline(through: 364).current == .transactional)
  }

  @Test("given the first transition, when drawn, then it has no from and the policy version")
  func firstTransition() {
    var given = Given()
    given.sale(on: 0)
    var policy = Policy()
    policy.version = 4
    let first = given.timeline(through: 0, policy: policy).transitions[0]
    #expect(first.from == nil && first.to == .transactional && first.policyVersion == 4)
  }

  @Test(
    "given a partner, when a complaint stays open, then one step down on day f + 91 (stale after 30, held 60 more) and back"
  )
  func staleComplaint() {
    var given = Given.partner()
    given.complaint("c1", on: 210)
    let resolution = given.resolved("c1", on: 320)
    #expect(
      Array(given.timeline(through: 330).steps.suffix(3)) == [
        Step(.partnership, 200, "partnership", 7),
        Step(.cooperation, 301, "complaint-stale"),
        Step(.partnership, 320, "partnership", resolution),
      ])
  }

  @Test("given six sales from day 0, when 180 days pass, then partnership on day 180")
  func tenureReached() {
    var given = Given()
    given.sales(on: [0, 10, 20, 30, 40, 50])
    let meeting = given.meeting(on: 60)
    given.meeting(on: 70)
    #expect(
      given.timeline(through: 420).steps == [
        Step(.transactional, 0, "golden-shot", 1),
        Step(.cooperation, 60, "cooperation", meeting),
        Step(.partnership, 180, "tenure-reached"),
        // The first sale leaves on day 365: the partnership is held through the
        // 60 days of grace, but the last sale leaves on day 415, and a lapse does not wait.
        Step(.lapsed, 415, "sale-left-window"),
      ])
  }

  @Test(
    "given a synergy client, when the initiative's last day passes, then partnership 60 days on")
  func initiativeEnded() {
    var given = Given.partner()
    given.assessed(standing: 80, on: 100)
    given.initiative("launch", from: 205, to: 220)
    #expect(
      Array(given.timeline(through: 300).steps.suffix(3)) == [
        Step(.partnership, 200, "partnership", 7),
        Step(.synergy, 205, "synergy", 11),
        // The initiative ends on day 221: 60 days of grace, 221…280.
        Step(.partnership, 281, "initiative-ended"),
      ])
  }

  @Test("given a cooperating client, when its only meeting leaves the window, then transactional")
  func meetingLeftWindow() {
    var given = Given()
    given.sales(on: [0, 100, 300, 400])
    given.meeting(on: 50)
    #expect(
      given.timeline(through: 480).steps == [
        Step(.transactional, 0, "golden-shot", 1),
        Step(.cooperation, 100, "cooperation", 2),
        // The meeting leaves on day 415; the grace ends on day 475.
        Step(.transactional, 475, "meeting-left-window"),
      ])
  }

  @Test("given a lapse and an unrelated event on one day, when drawn, then time caused it")
  func lapseWithEventSameDay() {
    var given = Given()
    given.sale(on: 0)
    given.meeting(on: 365)
    #expect(given.timeline(through: 400).steps.last == Step(.lapsed, 365, "sale-left-window"))
  }

  @Test("given a sale leaving as another arrives, when drawn, then no transition")
  func saleReplacedSameDay() {
    var given = Given()
    given.sales(on: [0, 300])
    let meeting = given.meeting(on: 300)
    given.sale(on: 365)
    #expect(
      given.timeline(through: 400).steps.last == Step(.cooperation, 300, "cooperation", meeting))
  }

  @Test("given a sale leaving as a meeting arrives, when drawn, then the meeting caused it")
  func eventAndTriggerSameDay() {
    var given = Given()
    given.sales(on: [0, 100, 200])
    let meeting = given.meeting(on: 365)
    // Time alone leaves two sales and no meeting: still transactional. The meeting lifted it.
    #expect(
      given.timeline(through: 365).steps.last == Step(.cooperation, 365, "cooperation", meeting))
  }
}
