import KamDomain
import KamTime
import Testing

@Suite("Stage census: clients per stage at each month's end")
struct StageCensusTests {
  static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

  static func move(_ client: String, _ from: Stage?, _ to: Stage, _ on: String) -> ClientTransition
  {
    ClientTransition(
      client: ClientSlug(rawValue: client)!,
      transition: StageTransition(
        from: from, to: to, on: day(on), rule: "test", causeSeq: nil, policyVersion: 1))
  }

  @Test("given two clients moving, when counted monthly, then each month's end holds their stages")
  func months() {
    let transitions = [
      Self.move("acme", nil, .transactional, "2026-01-10"),
      Self.move("beta", nil, .prospect, "2026-01-31"),
      Self.move("acme", .transactional, .cooperation, "2026-02-01"),
      Self.move("beta", .prospect, .transactional, "2026-03-15"),
      Self.move("acme", .cooperation, .lapsed, "2026-03-20"),
    ]
    let census = StageCensus(
      transitions, from: Self.day("2025-12-05"), through: Self.day("2026-03-16"))
    #expect(census.columns.map(\.period) == ["2025-12", "2026-01", "2026-02", "2026-03"])
    #expect(
      census.columns.map(\.day)
        == ["2025-12-31", "2026-01-31", "2026-02-28", "2026-03-16"].map(Self.day))
    #expect(census.columns[0].counts.isEmpty)
    #expect(census.columns[1].counts == [.transactional: 1, .prospect: 1])
    #expect(census.columns[2].counts == [.cooperation: 1, .prospect: 1])
    // The last column is counted on the census's last day: acme lapses after it.
    #expect(census.columns[3].counts == [.cooperation: 1, .transactional: 1])
  }

  @Test("given a first day after the last, when counted, then no columns")
  func empty() {
    let census = StageCensus([], from: Self.day("2026-05-01"), through: Self.day("2026-04-30"))
    #expect(census.columns.isEmpty)
  }
}
