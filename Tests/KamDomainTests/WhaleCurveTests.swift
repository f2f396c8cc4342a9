import KamDomain
import Testing

@Suite("The whale curve")
struct WhaleCurveTests {
  @Test("given a profitable book with a losing tail, then shares rise above 100 % and end at 100 %")
  func whale() {
    let curve = WhaleCurve(
      ProfitRanking([valued("c", profit: -100), valued("a", profit: 150), valued("b", profit: 50)]))

    #expect(curve.basis == .totalProfit)
    #expect(curve.denominator == money(100))
    #expect(curve.rows.map(\.client.rawValue) == ["a", "b", "c"])
    #expect(curve.rows.map(\.cumulativeProfit) == [money(150), money(200), money(100)])
    #expect(curve.rows.map(\.cumulativeProfitShare) == [1.5, 2.0, 1.0])
    #expect(curve.peakShare == 2.0)
  }

  @Test("given a net loss with some earners, then shares are of the positive profit")
  func netLoss() {
    let curve = WhaleCurve(ProfitRanking([valued("a", profit: 50), valued("b", profit: -100)]))

    #expect(curve.basis == .positiveProfit)
    #expect(curve.totalProfit == money(-50))
    #expect(curve.rows.map(\.cumulativeProfitShare) == [1.0, -1.0])
  }

  @Test("given only losses, then shares fall from 0 to −100 % of the total loss")
  func onlyLosses() {
    let curve = WhaleCurve(ProfitRanking([valued("b", profit: -70), valued("a", profit: -30)]))

    #expect(curve.basis == .totalLoss)
    #expect(curve.denominator == money(100))
    #expect(curve.rows.map(\.cumulativeProfitShare) == [-0.3, -1.0])
  }

  @Test("given zero profits or no clients, then every share is 0", arguments: [0, 1, 3])
  func zero(clients: Int) {
    let values = (0..<clients).map { valued("z\($0)", profit: 0) }
    let curve = WhaleCurve(ProfitRanking(values))

    #expect(curve.basis == .none)
    #expect(curve.rows.count == clients)
    #expect(curve.rows.allSatisfy { $0.cumulativeProfitShare == 0 })
  }

  @Test("given a client's value, then its row carries revenue, cogs and cost to serve")
  func rowFields() {
    let value = ClientValue(
      client: slug("acme"), revenue: money(1_000), cogs: money(600), costToServe: money(100))
    let row = WhaleCurve(ProfitRanking([value])).rows[0]

    #expect(row.revenue == money(1_000))
    #expect(row.cogs == money(600))
    #expect(row.costToServe == money(100))
    #expect(row.profit == money(300))
    #expect(row.cumulativeProfitShare == 1.0)
  }
}
