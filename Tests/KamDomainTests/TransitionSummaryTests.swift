import KamDomain
import Testing

@Suite("Stage transitions counted per period")
struct TransitionSummaryTests {
  func move(_ client: String, _ from: Stage?, _ to: Stage, on date: String) -> ClientTransition {
    ClientTransition(
      client: slug(client),
      transition: StageTransition(
        from: from, to: to, on: day(date), rule: "test", causeSeq: nil, policyVersion: 1))
  }

  var all: [ClientTransition] {
    [
      move("acme", nil, .prospect, on: "2026-01-05"),
      move("beta", nil, .prospect, on: "2026-01-10"),
      move("acme", .prospect, .transactional, on: "2026-02-04"),
      move("beta", .prospect, .transactional, on: "2026-04-10"),
      move("acme", .transactional, .lapsed, on: "2026-05-05"),
    ]
  }

  @Test(
    "given moves over two quarters, when counted quarterly, then each pair has its count, net flow and median stay"
  )
  func quarterly() {
    let rows = TransitionSummary(all, period: .quarterly, among: all).rows
    #expect(rows.map(\.period) == ["2026Q1", "2026Q1", "2026Q2", "2026Q2"])
    #expect(rows.map(\.count) == [2, 1, 1, 1])
    // Q1: one move up; Q2: one up, one down.
    #expect(rows.map(\.netFlow) == [1, 1, 0, 0])
    #expect(rows.map(\.medianDaysInFrom) == [nil, 30, 90, 90])
  }

  @Test(
    "given a filter that leaves out a client's earlier moves, when counted, then its stay still counts from them"
  )
  func filtered() {
    let lapses = all.filter { $0.transition.to == .lapsed }
    let rows = TransitionSummary(lapses, period: .yearly, among: all).rows
    #expect(rows.count == 1)
    #expect(rows.first?.period == "2026")
    #expect(rows.first?.medianDaysInFrom == 90)
    #expect(rows.first?.netFlow == -1)
  }

  @Test(
    "the periods label a day as months, quarters and years do",
    arguments: [
      (CalendarPeriod.monthly, "2026-08"), (.quarterly, "2026Q3"), (.yearly, "2026"),
    ])
  func labels(period: CalendarPeriod, label: String) {
    let date = day("2026-08-15")
    #expect(period.label(of: date) == label)
    #expect(period.start(of: period.index(of: date)) <= date)
  }
}
