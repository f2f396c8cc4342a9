import KamDomain
import KamTime
import Testing

@Suite("Risk backtest")
struct RiskBacktestTests {
  @Test(
    "given a small book, when backtested on day 200, then cohort and truth are as defined")
  func truth() throws {
    var book = GivenBook()
    book.sales("back", on: [0, 100, 300])
    book.sales("gone", on: [0, 150])
    book.sales("late", on: [0, 390])
    book.sale("old", on: -200)
    book.prospect("lead")
    let wrong = book.sale("lead", on: 250)
    book.retract("lead", wrong, on: 251)
    let backtest = try RiskBacktest(book.all, on: Given.day(200), policy: Policy())
    #expect(backtest.cases.map(\.client.rawValue) == ["back", "gone", "late"])
    #expect(backtest.cases.map(\.churned) == [false, true, true])
    #expect(backtest.cases.map(\.recencyDays) == [100, 50, 200])
    #expect(backtest.churned == 2)
    #expect(backtest.aucRecency == 0.5)
    #expect(backtest.horizonDays == 180)
  }

  @Test(
    "given synthetic neglect books, when backtested, then kam's risk beats both baselines",
    arguments: [11, 12, 13] as [UInt64])
  func beatsBaselines(seed: UInt64) throws {
    let book = NeglectBook(seed: seed)
    let backtest = try RiskBacktest(book.histories, on: book.today, policy: Policy())
    let risk = try #require(backtest.aucRisk)
    let pAlive = try #require(backtest.aucPAlive)
    let recency = try #require(backtest.aucRecency)
    let loyalRisk = try #require(backtest.auc(of: \.risk, where: \.loyal))
    print(
      "backtest seed \(seed): \(backtest.cases.count) clients, \(backtest.churned) churned,"
        + " model \(backtest.fit.model): AUC risk \(risk), 1 − P(alive) \(pAlive),"
        + " recency \(recency); loyal only: risk \(loyalRisk)")
    #expect(risk > pAlive)
    #expect(risk > recency)
    #expect(risk >= 0.80)
  }
}
