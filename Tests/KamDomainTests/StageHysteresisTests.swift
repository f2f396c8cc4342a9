import KamDomain
import KamTime
import Testing

/// Stage model v2 (issue #14): stages are earned on evidence at once and lost
/// only when it has been missing through the grace period; a stale complaint
/// lowers one step; small and free sales are not evidence.
@Suite("Stage hysteresis")
struct StageHysteresisTests {
  /// A partner (``Given/partner()``, partnership from day 200) whose profit
  /// over the window is only 10.00 after a costly meeting on day 201.
  static func thinPartner() -> Given {
    var given = Given.partner()
    given.meeting(on: 201, minutes: nil, cost: 199_000)
    return given
  }

  /// The steps after `day`.
  static func steps(_ given: Given, after day: Int, through today: Int) -> [Step] {
    given.timeline(through: today).steps.filter { $0.day > day }
  }

  @Test("given a thin partnership, when one 15-minute call follows, then it stays a partnership")
  func oneCall() {
    var given = Self.thinPartner()
    #expect(given.evaluate(on: 201).measures.profit == Money(minorUnits: 1_000))
    given.meeting(on: 202, minutes: 15)
    #expect(given.evaluate(on: 202).measures.profit == Money(minorUnits: -4_000))
    #expect(Self.steps(given, after: 200, through: 364).isEmpty)
    let evaluation = given.evaluate(on: 300)
    #expect(evaluation.stage == .partnership)
    #expect(evaluation.explanation.contains("partnership held: kept by its exit threshold"))
    #expect(evaluation.explanation.contains("profit -40.00 over 365 days (≥ -300.00 to keep"))
  }

  @Test("given a thin partnership, when a complaint is resolved at a cost, then it stays")
  func oneResolution() {
    var given = Self.thinPartner()
    given.complaint("c1", on: 202)
    given.resolved("c1", on: 210, cost: 20_000)
    #expect(Self.steps(given, after: 200, through: 364).isEmpty)
  }

  @Test("given a thin partnership, when one small order at a loss follows, then it stays")
  func oneSmallOrder() {
    var given = Self.thinPartner()
    given.sale(on: 205, amount: 1_000, cost: 9_000)
    #expect(Self.steps(given, after: 200, through: 364).isEmpty)
  }

  @Test("given a cooperation, when two zero-value sales (free deliveries) follow, then no rise")
  func freeDeliveries() {
    var given = Given()
    given.sales(on: [0, 40, 80, 120])
    given.meeting(on: 100)
    given.meeting(on: 150)
    given.sale(on: 200, amount: 0, cost: 5_000)
    given.sale(on: 201, amount: 0, cost: 5_000)
    #expect(given.stage(on: 250) == .cooperation)
    #expect(given.evaluate(on: 250).measures.salesInWindow == 4)
    #expect(Self.steps(given, after: 150, through: 364).isEmpty)
  }

  @Test("given sales of a tenth of the usual order or less, then they are not counted")
  func smallSales() {
    var given = Given()
    given.sales(on: [0, 40, 80, 120])
    given.sale(on: 130, amount: 10_000, cost: 0)  // a tenth of the median: counts
    given.sale(on: 131, amount: 9_999, cost: 0)  // below a tenth: does not
    #expect(given.evaluate(on: 140).measures.salesInWindow == 5)
    #expect(given.evaluate(on: 140).measures.salesAnyInWindow == 6)
  }

  @Test(
    "given a partner, when a complaint stays open past its grace, then one step down, named, and back at once"
  )
  func staleComplaint() {
    var given = Given.partner()
    let complaint = given.complaint("c1", on: 210)
    let resolution = given.resolved("c1", on: 320)
    #expect(
      Self.steps(given, after: 200, through: 360) == [
        Step(.cooperation, 301, "complaint-stale"),
        Step(.partnership, 320, "partnership", resolution),
      ])
    let evaluation = given.evaluate(on: 310)
    #expect(evaluation.facts.contains(complaint))
    #expect(
      evaluation.explanation.hasPrefix("cooperation: one step below partnership, 1 complaint"))
  }

  @Test("given a partner, when a complaint is resolved within its grace, then no stage moves")
  func complaintResolvedInGrace() {
    var given = Given.partner()
    given.complaint("c1", on: 210)
    given.resolved("c1", on: 290)
    #expect(Self.steps(given, after: 200, through: 360) == [])
  }

  @Test(
    "given a partner whose sales fall below the keep threshold on day 405, then it falls on 465")
  func graceEndsOnTheDocumentedDay() {
    let given = Given.partner()
    // Day 365: five sales, still the keep threshold (one below the six to enter).
    #expect(given.evaluate(on: 400).explanation.hasPrefix("partnership held: kept by its exit"))
    // Day 405 is the first day without the evidence (four sales); 60 days of grace are 405…464.
    #expect(given.stage(on: 464) == .partnership)
    #expect(given.stage(on: 465) == .cooperation)
    #expect(
      Self.steps(given, after: 200, through: 470) == [
        Step(.cooperation, 465, "sale-left-window")
      ])
    let explanation = given.evaluate(on: 430).explanation
    #expect(explanation.contains("last met on \(Given.day(404)), falls on \(Given.day(465))"))
  }

  @Test("given a grace period running, when the evidence returns within it, then no demotion")
  func evidenceReturns() {
    var given = Given.partner()
    given.sale(on: 400)
    #expect(Self.steps(given, after: 200, through: 440).isEmpty)
  }

  @Test(
    "given a sale backdated inside and outside the grace, then the history is a rebuild's",
    arguments: [430, 480])
  func backdating(day: Int) {
    // Recorded in date order…
    var inOrder = Given()
    inOrder.registered(on: 0)
    inOrder.sales(on: [0, 40, 80, 120, 160, 200])
    inOrder.meeting(on: 100)
    inOrder.meeting(on: 150)
    inOrder.sale(on: day)
    // …or the sale recorded after the timeline was first drawn (backdated).
    var late = Given.partner()
    let before = late.timeline(through: 500)
    #expect(before.stage(on: Given.day(465)) == .cooperation)
    late.sale(on: day)
    let rebuilt = inOrder.timeline(through: 500).transitions.map { ($0.from, $0.to, $0.on) }
    let incremental = late.timeline(through: 500).transitions.map { ($0.from, $0.to, $0.on) }
    #expect(rebuilt.elementsEqual(incremental) { $0 == $1 })
    // The settled timeline a projection stores holds the same changes.
    let settled = StageTimeline(settled: late.history, policy: Policy()).transitions
      .filter { $0.on <= Given.day(500) }
    #expect(settled == late.timeline(through: 500).transitions)
    let last = late.timeline(through: 500).transitions.map(\.on)
    #expect(last.contains(Given.day(465)) == (day == 480))
  }
}

/// Causes name what completed or broke the rule (issue #14).
@Suite("Stage causes")
struct StageCauseTests {
  @Test(
    "given a sale and a meeting on one day, when the meeting completes cooperation, it is named")
  func meetingCompletesTheRule() {
    var given = Given()
    given.sales(on: [0, 5])
    let meeting = given.meeting(on: 10)
    let sale = given.sale(on: 10)
    #expect(sale > meeting)
    #expect(
      given.timeline(through: 20).steps.last == Step(.cooperation, 10, "cooperation", meeting))
  }

  @Test("given a costly meeting leaving the window, when profit rises to partnership, then cost")
  func promotionByTimeIsCost() {
    var given = Given()
    given.sales(on: [0, 40, 80, 120, 160, 200, 240, 280, 320, 360, 400, 440])
    given.meeting(on: 100, minutes: nil, cost: 500_000)
    given.meeting(on: 150)
    given.meeting(on: 160)
    let steps = given.timeline(through: 470).steps
    #expect(steps.last == Step(.partnership, 465, "cost-left-window"))
    #expect(!steps.contains { $0.rule == "meeting-left-window" && $0.to == .partnership })
  }

  @Test("given a golden shot, when the second sale comes, then the flag clears on its day")
  func goldenShotClears() {
    var given = Given()
    let first = given.sale(on: 0)
    let second = given.sale(on: 50)
    let timeline = given.timeline(through: 100)
    #expect(timeline.steps == [Step(.transactional, 0, "golden-shot", first)])
    #expect(
      timeline.goldenShotCleared.map {
        Step($0.to, Int(Given.origin.days(to: $0.on)), $0.rule, $0.causeSeq)
      } == [Step(.transactional, 50, "golden-shot-cleared", second)])
  }
}
