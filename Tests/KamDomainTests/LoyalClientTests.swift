import KamDomain
import KamTime
import Testing

@Suite("Churn risk: who is loyal")
struct LoyalClientTests {
  static let acme = GivenBook.slug("acme")

  /// Sales on days 0, 100, 200, 300 and 360: cooperation with a meeting, else transactional.
  static func book(meeting: Bool) -> GivenBook {
    var book = GivenBook()
    book.client("acme")
    book.sales("acme", on: [0, 100, 200, 300, 360])
    if meeting { book.meeting("acme", on: 350) }
    return book
  }

  @Test(
    "given a cooperating client first buying on day 0, when evaluated, then loyal from 365 days",
    arguments: [(364, false), (365, true)])
  func tenure(day: Int, loyal: Bool) throws {
    let book = Self.book(meeting: true)
    #expect(
      StageRules.evaluate(book["acme"], on: Given.day(day), policy: Policy()).stage
        == .cooperation)
    #expect(ChurnRiskReport.isLoyal(book["acme"], on: Given.day(day), policy: Policy()) == loyal)
    #expect(try book.risk(on: day).assessment(of: Self.acme)?.loyal == loyal)
  }

  @Test(
    "given a long-standing client, when transactional or cooperating, then only cooperation",
    arguments: [(false, Stage.transactional, false), (true, .cooperation, true)])
  func stage(meeting: Bool, stage: Stage, loyal: Bool) {
    let book = Self.book(meeting: meeting)
    let day = Given.day(365)
    #expect(StageRules.evaluate(book["acme"], on: day, policy: Policy()).stage == stage)
    #expect(ChurnRiskReport.isLoyal(book["acme"], on: day, policy: Policy()) == loyal)
  }

  @Test("given a partner of long standing, when evaluated, then loyal")
  func partner() {
    var book = GivenBook()
    book.sales("acme", on: [0, 300, 320, 340, 360, 380, 400])
    book.meetings("acme", on: [310, 390])
    let day = Given.day(400)
    #expect(StageRules.evaluate(book["acme"], on: day, policy: Policy()).stage == .partnership)
    #expect(ChurnRiskReport.isLoyal(book["acme"], on: day, policy: Policy()))
  }

  @Test("given a lapsed client with a long tenure, when evaluated, then not loyal")
  func lapsed() {
    var book = GivenBook()
    book.sales("acme", on: [0, 10])
    book.meeting("acme", on: 5)
    #expect(!ChurnRiskReport.isLoyal(book["acme"], on: Given.day(400), policy: Policy()))
  }

  @Test("given a transactional or young client in class A, when evaluated, then loyal")
  func classA() throws {
    let book = Self.book(meeting: false)
    let day = Given.day(100)
    #expect(!ChurnRiskReport.isLoyal(book["acme"], on: day, policy: Policy()))
    #expect(ChurnRiskReport.isLoyal(book["acme"], on: day, policy: Policy(), classA: [Self.acme]))
    let report = try book.risk(on: 100, classA: [Self.acme])
    #expect(report.loyal.map(\.client) == [Self.acme])
  }

  @Test("given a first sale retracted, when evaluated, then tenure counts from the next one")
  func retractedFirstSale() {
    var book = Self.book(meeting: true)
    let early = book.sale("acme", on: -10)
    #expect(ChurnRiskReport.isLoyal(book["acme"], on: Given.day(364), policy: Policy()))
    book.retract("acme", early, on: 364)
    #expect(!ChurnRiskReport.isLoyal(book["acme"], on: Given.day(364), policy: Policy()))
  }
}

@Suite("Churn risk: stages the caller has")
struct GivenStagesTests {
  @Test(
    "given random books, when each client's stage is handed to the report, then every assessment is the one it evaluates itself"
  )
  func sameAssessments() throws {
    var loyal = 0
    for seed in 0..<8 as Range<UInt64> {
      let histories = (0..<12 as Range<UInt64>).map { offset in
        var history = RandomHistory(seed: seed * 100 + offset, everyKind: true).given.history
        history.client = GivenBook.slug("client-\(offset)")
        return history
      }.sorted { $0.client < $1.client }
      let policy = Policy()
      for day in [200, 400, 700] {
        let date = Given.day(day)
        let stages = histories.map { StageRules.evaluate($0, on: date, policy: policy).stage }
        let own = try ChurnRiskReport(histories, on: date, policy: policy)
        let handed = try ChurnRiskReport(histories, on: date, policy: policy, stages: stages)
        #expect(handed == own, "seed \(seed), day \(day)")
        loyal += own.loyal.count
        // And they are read: handed prospects only, nobody is loyal (no class A given).
        let prospects = try ChurnRiskReport(
          histories, on: date, policy: policy, stages: histories.map { _ in .prospect })
        #expect(prospects.loyal.isEmpty)
      }
    }
    // The stages handed over decide who is loyal: some must be.
    #expect(loyal > 0)
  }
}
