import KamDomain
import KamTime
import Testing

@Suite("Stage timeline: rewritten history and time in stage")
struct StageTimelineHistoryTests {
  @Test("given a sale backdated after later events, when redrawn, then it was there all along")
  func backdated() {
    var given = Given()
    given.registered(on: 0)
    given.sale(on: 100)
    given.meeting(on: 120)
    #expect(
      given.timeline(through: 200).steps == [
        Step(.prospect, 0, "prospect"), Step(.transactional, 100, "golden-shot", 2),
      ])
    let backdated = given.sale(on: 0)
    #expect(
      given.timeline(through: 200).steps == [
        Step(.transactional, 0, "golden-shot", backdated),
        Step(.cooperation, 120, "cooperation", 3),
      ])
    var inOrder = Given()
    inOrder.registered(on: 0)
    inOrder.sales(on: [0, 100])
    inOrder.meeting(on: 120)
    let days = { (timeline: StageTimeline) in timeline.transitions.map { "\($0.to)@\($0.on)" } }
    #expect(days(given.timeline(through: 200)) == days(inOrder.timeline(through: 200)))
  }

  @Test("given a cooperating client, when the second sale is retracted, then it never cooperated")
  func retractionUndoesTransition() {
    var given = Given()
    given.sale(on: 0)
    let second = given.sale(on: 100)
    given.meeting(on: 120)
    #expect(given.timeline(through: 200).steps.last == Step(.cooperation, 120, "cooperation", 3))
    given.retract(second, on: 150)
    #expect(given.timeline(through: 200).steps == [Step(.transactional, 0, "golden-shot", 1)])
  }

  @Test("given a retracted first fact, when redrawn, then the timeline starts at the next fact")
  func retractedFirstFact() {
    var given = Given()
    let first = given.meeting(on: 0)
    given.sale(on: 30)
    given.retract(first, on: 40)
    #expect(StageTimeline.firstDay(of: given.history) == Given.day(30))
    #expect(given.timeline(through: 40).steps == [Step(.transactional, 30, "golden-shot", 2)])
  }

  @Test("given a lapse, when visits are listed, then entered, exited and days per stage")
  func visits() {
    var given = Given()
    given.registered(on: -10)
    given.sale(on: 0)
    let timeline = given.timeline(through: 500)
    #expect(
      timeline.visits == [
        StageVisit(stage: .prospect, entered: Given.day(-10), exited: Given.day(0), days: 10),
        StageVisit(
          stage: .transactional, entered: Given.day(0), exited: Given.day(365), days: 365),
        StageVisit(stage: .lapsed, entered: Given.day(365), exited: nil, days: 135),
      ])
    #expect(timeline.days(in: .transactional) == 365)
    #expect(timeline.days(in: .synergy) == 0)
  }

  @Test("given two stays in partnership, when summed, then days in stage add up")
  func repeatedVisits() {
    var given = Given.partner()
    given.complaint("c1", on: 210)
    given.resolved("c1", on: 320)
    let timeline = given.timeline(through: 360)
    #expect(timeline.days(in: .partnership) == 101 + 40)
    #expect(timeline.firstEntered(.partnership) == Given.day(200))
    #expect(timeline.stage(on: Given.day(310)) == .cooperation)
    #expect(timeline.stage(on: Given.day(-1)) == nil)
    #expect(timeline.stage(on: Given.day(361)) == nil)
    #expect(timeline.current == .partnership)
  }

  @Test("given a timeline entered today, when listed, then the current stay has 0 days")
  func enteredToday() {
    var given = Given()
    given.sale(on: 7)
    #expect(given.timeline(through: 7).visits.map(\.days) == [0])
  }
}
