import KamDomain
import KamPurchaseModel
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

  /// The seeds of docs/risk.md's table.
  static let seeds: [UInt64] = [11, 12, 13, 14, 15, 21, 22, 23, 24, 25]

  @Test(
    "given synthetic neglect books, when backtested, then kam's risk beats both baselines",
    arguments: seeds)
  func beatsBaselines(seed: UInt64) throws {
    let (risk, pAlive, recency) = try Self.aucs(seed: seed)
    #expect(risk > pAlive)
    #expect(risk > recency)
  }

  // One book's AUC over 70-odd churners has a standard error near 0.03, so the floor is on
  // the mean of the ten books, not on each.
  @Test("given ten synthetic neglect books, when backtested, then kam's mean AUC is 0.80 or more")
  func meanAUC() throws {
    let aucs = try Self.seeds.map { try Self.aucs(seed: $0).risk }
    let mean = aucs.reduce(0, +) / Double(aucs.count)
    print("backtest mean AUC of kam's risk over seeds \(Self.seeds): \(mean)")
    #expect(mean >= 0.80)
  }

  static func aucs(seed: UInt64) throws -> (risk: Double, pAlive: Double, recency: Double) {
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
    return (risk, pAlive, recency)
  }
}
