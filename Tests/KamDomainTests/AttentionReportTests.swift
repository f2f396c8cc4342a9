import KamDomain
import KamTime
import Testing

@Suite("Attention report")
struct AttentionReportTests {
  /// Days 0–89 are 2025Q1, 90–180 Q2, 181–272 Q3.
  ///
  /// - `old` (ala): established since day −400; hour-long meetings (200.00) on 10, 20, 100.
  /// - `new` (ala): a prospect; meetings costing 100.00 on 30, 95, 110.
  /// - `fresh` (bob): first sale on day 50; meetings on 60 (acquisition) and 240 (190 days
  ///   after the first sale: established).
  /// - `loner` (no owner): established; a meeting on day 5, and a retracted one on day 6.
  static func book() -> GivenBook {
    var book = GivenBook()
    book.client("old", owner: "ala", on: -400)
    book.sale("old", on: -400)
    book.meetings("old", on: [10, 20, 100])
    book.prospect("new", owner: "ala")
    for day in [30, 95, 110] { book.meeting("new", on: day, minutes: 30, cost: 10_000) }
    book.client("fresh", owner: "bob")
    book.sale("fresh", on: 50)
    book.meetings("fresh", on: [60, 240])
    book.sale("loner", on: -300)
    book.meeting("loner", on: 5)
    let mistake = book.meeting("loner", on: 6)
    book.retract("loner", mistake, on: 7)
    return book
  }

  static func report(_ period: CalendarPeriod = .quarterly) -> AttentionReport {
    AttentionReport(book().all, through: Given.day(250), policy: Policy(), period: period)
  }

  /// (period, acquisition, loyal, share, cost share) of one owner's rows.
  static func figures(_ owner: String) -> [String] {
    report().rows(of: owner).map {
      let share = $0.acquisitionShare.map { String($0) } ?? "-"
      let cost = $0.acquisitionCostShare.map { String($0) } ?? "-"
      return "\($0.period) \($0.acquisitionMeetings)/\($0.loyalMeetings) \(share) \(cost)"
    }
  }

  @Test("given a small book, when reported by quarter, then every owner's shares are right")
  func quarterly() {
    #expect(
      Self.figures("ala") == [
        "2025Q1 1/2 \(1.0 / 3) 0.2", "2025Q2 2/1 \(2.0 / 3) 0.5", "2025Q3 0/0 - -",
      ])
    #expect(Self.figures("bob") == ["2025Q1 1/0 1.0 1.0", "2025Q2 0/0 - -", "2025Q3 0/1 0.0 0.0"])
    #expect(
      Self.figures(AttentionReport.unassigned) == [
        "2025Q1 0/1 0.0 0.0", "2025Q2 0/0 - -", "2025Q3 0/0 - -",
      ])
    #expect(
      Self.figures(AttentionReport.team) == [
        "2025Q1 2/3 0.4 \(1.0 / 3)", "2025Q2 2/1 \(2.0 / 3) 0.5", "2025Q3 0/1 0.0 0.0",
      ])
  }

  @Test("given a small book, when reported, then the team comes first, then owners by name")
  func order() {
    let owners = Self.report().rows.map(\.owner)
    #expect(
      owners
        == [AttentionReport.team, AttentionReport.unassigned, "ala", "bob"].flatMap {
          Array(repeating: $0, count: 3)
        })
  }

  @Test("given a small book, when reported by month, then periods run from January to September")
  func monthly() {
    let team = Self.report(.monthly).rows(of: AttentionReport.team)
    #expect(team.map(\.period) == (1...9).map { "2025-0\($0)" })
    #expect(team.first?.start == Given.day(0))
    // January is days 0–30, March 59–89, April 90–119, August 212–242.
    #expect(team.map(\.acquisitionMeetings) == [1, 0, 1, 2, 0, 0, 0, 0, 0])
    #expect(team.map(\.loyalMeetings) == [3, 0, 0, 1, 0, 0, 0, 1, 0])
    #expect(team.first?.acquisitionCost == Money(minorUnits: 10_000))
    #expect(team.first?.loyalCost == Money(minorUnits: 60_000))
  }

  @Test("given a client on its 179th and 180th day after the first sale, then it turns loyal")
  func acquisitionBoundary() {
    var book = GivenBook()
    book.sale("acme", on: 0)
    book.meetings("acme", on: [179, 180])
    let rows = AttentionReport(
      book.all, through: Given.day(200), policy: Policy(), period: .monthly
    ).rows(of: AttentionReport.team)
    #expect(rows.map(\.acquisitionMeetings).reduce(0, +) == 1)
    #expect(rows.map(\.loyalMeetings).reduce(0, +) == 1)
  }

  @Test("given no meeting at all, when reported, then there are no rows")
  func empty() {
    var book = GivenBook()
    book.sale("acme", on: 0)
    #expect(AttentionReport(book.all, through: Given.day(10), policy: Policy()).rows.isEmpty)
  }

  @Test("given periods, when labelled, then months and quarters read as reports print them")
  func labels() {
    let day = CalendarDate(year: 2026, month: 7, day: 15)!
    let quarter = CalendarPeriod.quarterly.index(of: day)
    #expect(CalendarPeriod.quarterly.label(of: quarter) == "2026Q3")
    #expect(CalendarPeriod.quarterly.start(of: quarter) == CalendarDate(iso: "2026-07-01"))
    let month = CalendarPeriod.monthly.index(of: day)
    #expect(CalendarPeriod.monthly.label(of: month) == "2026-07")
    #expect(CalendarPeriod.monthly.label(of: month + 6) == "2027-01")
  }
}
