import KamDomain
import KamTime
import Testing

@Suite("Portfolio evaluation at scale")
struct PortfolioPerformanceTests {
  /// 10,000 clients with ~100 facts each: sales, meetings, complaints, an
  /// assessment, strategic marks and a few retractions.
  static func book(clients: Int) -> [ClientHistory] {
    let start = day("2025-01-01")
    return (0..<clients).map { index in
      var given = GivenClient("client-\(index)")
      let base = Int64(index % 97)
      for fact in 0..<Int64(80) {
        let date = start.adding(days: (fact * 9 + base) % 730).description
        let seq = given.sale(100 + base * fact, cost: 50 + fact, on: date)
        if fact % 20 == 0 { given.retract(seq, on: date) }
      }
      for fact in 0..<Int64(12) {
        given.meeting(minutes: 30 + fact, on: start.adding(days: fact * 60 + base).description)
      }
      given.complaint("c\(index)", on: "2026-03-01")
      given.resolved("c\(index)", cost: base, on: "2026-03-09")
      given.assessed(attractiveness: base, standing: 100 - base, on: "2026-06-01")
      given.strategic(on: "2026-02-01")
      if index % 2 == 0 { given.notStrategic(on: "2026-05-01") }
      return given.history
    }
  }

  @Test("given 10,000 clients of ~100 facts, then evaluating them all is well under a second")
  func tenThousandClients() {
    let histories = Self.book(clients: 10_000)
    let clock = ContinuousClock()
    var portfolio: Portfolio?
    let elapsed = clock.measure {
      portfolio = Portfolio(histories, on: day("2026-12-31"), policy: Policy())
    }

    #expect(portfolio?.entries.count == 10_000)
    #expect(portfolio?.whaleCurve.rows.count == 10_000)
    print("Portfolio of 10,000 clients evaluated in \(elapsed)")
    #if !DEBUG
      // Only optimised builds are held to the budget; debug builds just report.
      #expect(elapsed < .seconds(1))
    #endif
  }
}
