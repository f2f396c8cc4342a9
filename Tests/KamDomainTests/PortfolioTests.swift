import KamDomain
import KamTime
import Testing

@Suite("Evaluating the whole portfolio")
struct PortfolioTests {
  let policy = Policy()
  let t = day("2026-12-31")

  /// A small book: two earners in A, a fast-growing rookie, a likely prospect,
  /// a strategic break-even client and one that only costs.
  var book: [ClientHistory] {
    var anchor = GivenClient("anchor")
    anchor.sale(50_000, cost: 10_000, on: "2024-05-01")  // outside the window
    anchor.sale(90_000, cost: 20_000, on: "2026-02-01")
    anchor.assessed(attractiveness: 80, standing: 80, on: "2026-06-01")
    var steady = GivenClient("steady")
    steady.sale(30_000, cost: 10_000, on: "2025-03-01")
    steady.sale(30_000, cost: 10_000, on: "2026-03-01")
    var rookie = GivenClient("rookie")
    rookie.sale(15_000, cost: 4_000, on: "2026-10-03")
    rookie.meeting(cost: 1_000, on: "2026-10-10")
    var lead = GivenClient("lead")
    lead.prospect(winProbability: 0.8, on: "2026-09-01")
    lead.meeting(cost: 100, on: "2026-09-15")
    lead.assessed(attractiveness: 70, standing: 30, on: "2026-09-15")
    var ref = GivenClient("ref")
    ref.sale(1_000, cost: 1_000, on: "2026-04-01")
    ref.strategic(on: "2026-04-02")
    var drain = GivenClient("drain")
    drain.registered(on: "2026-01-10")
    drain.meeting(minutes: 150, on: "2026-02-01")
    return [lead, drain, rookie, ref, steady, anchor].map(\.history)
  }

  @Test("given a small book, then entries are ranked with classes, reasons and quadrants")
  func smallBook() throws {
    let portfolio = Portfolio(book, on: t, policy: policy)
    let entries = portfolio.entries

    #expect(
      entries.map(\.client.rawValue) == ["anchor", "steady", "rookie", "ref", "lead", "drain"])
    #expect(
      entries.map(\.value.profit) == [
        money(70_000), money(20_000), money(10_000), .zero, money(-100), money(-500),
      ])
    #expect(entries.map(\.paretoClass.rawValue) == ["A", "A", "B", "C", "C", "C"])
    #expect(portfolio.cutOffA == money(20_000))
    #expect(
      entries.map { $0.keyAccountReasons.map(\.rawValue) } == [
        ["top-profit"], ["top-profit"], ["potential"], ["strategic"], ["likely-win"], [],
      ])
    #expect(entries.map(\.quadrantLabel) == ["key", nil, nil, nil, "develop", nil])
    #expect(entries.map(\.isProspect) == [false, false, false, false, true, true])

    let rookie = try #require(portfolio.entry(for: slug("rookie")))
    #expect(rookie.forecastProfit == Money(minorUnits: 4_055_556))  // 10,000 × 365 / 90
  }

  @Test("given a small book, then the whale curve peaks above 100 % and ends at 100 %")
  func whaleRows() {
    let curve = Portfolio(book, on: t, policy: policy).whaleCurve

    #expect(curve.totalProfit == money(99_400))
    #expect(curve.rows.map(\.client.rawValue).first == "anchor")
    #expect(curve.rows.last?.cumulativeProfitShare == 1.0)
    #expect(curve.peakShare == 100_000.0 / 99_400.0)
  }

  @Test("given a pluggable forecaster, then potential follows its forecast")
  func pluggableForecaster() {
    let pessimist = ClosureForecaster { _, value, _, _ in value.profit }
    let optimist = ClosureForecaster { _, _, _, _ in money(1_000_000) }

    let plain = Portfolio(book, on: t, policy: policy, forecaster: pessimist)
    let hopeful = Portfolio(book, on: t, policy: policy, forecaster: optimist)

    #expect(plain.entry(for: slug("rookie"))?.keyAccountReasons == [])
    #expect(hopeful.entry(for: slug("drain"))?.keyAccountReasons == [.potential])
    #expect(hopeful.entry(for: slug("anchor"))?.keyAccountReasons == [.topProfit])
  }

  @Test("given an empty book or only prospects, then there is no class A and no potential")
  func noEarners() {
    #expect(Portfolio([], on: t, policy: policy).entries.isEmpty)

    var lead = GivenClient("lead")
    lead.prospect(winProbability: 0.5, on: "2026-01-01")
    let portfolio = Portfolio([lead.history], on: t, policy: policy)

    #expect(portfolio.cutOffA == nil)
    #expect(portfolio.entries.map(\.paretoClass) == [.c])
    #expect(portfolio.entries.map(\.value) == [.zero(slug("lead"))])
  }

  @Test(
    "given a small book, when only the Pareto classes are asked, of all clients or some, then they are those of a portfolio of the same clients"
  )
  func paretoClassesAlone() {
    let book = book
    for positions in [Array(book.indices), [0, 2, 3, 5], [1]] {
      let portfolio = Portfolio(positions.map { book[$0] }, on: t, policy: policy)
      let classes = Portfolio.paretoClasses(of: book, at: positions, on: t, policy: policy)
      #expect(
        classes
          == Dictionary(
            uniqueKeysWithValues: portfolio.entries.map {
              ($0.client, $0.paretoClass)
            }))
    }
  }
}
