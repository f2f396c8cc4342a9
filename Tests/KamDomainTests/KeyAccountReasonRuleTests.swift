import KamDomain
import Testing

@Suite("Key-account reasons explained by their rules")
struct KeyAccountReasonRuleTests {
  let policy = Policy()

  func rules(_ history: ClientHistory, on date: String) -> [String] {
    let portfolio = Portfolio([history], on: day(date), policy: policy)
    guard let entry = portfolio.entry(for: history.client) else { return [] }
    return entry.keyAccountReasons.map {
      $0.rule(for: history, entry: entry, in: portfolio, policy: policy)
    }
  }

  @Test(
    "given a client marked strategic twice, when explained before the second mark, then the first is named"
  )
  func strategicMarkInForce() {
    var given = GivenClient.registered()
    given.sale(100, on: "2026-01-10")
    given.strategic(on: "2026-02-01")
    given.strategic(on: "2026-05-01")
    let first = "marked strategic on 2026-02-01 (event 3): reference"
    #expect(rules(given.history, on: "2026-03-01").contains(first))
    #expect(
      rules(given.history, on: "2026-06-01").contains(
        "marked strategic on 2026-05-01 (event 4): reference"))
  }

  @Test(
    "given a prospect above the likely-win bar, when explained, then its probability and the bar are named"
  )
  func likelyWin() {
    var given = GivenClient("newco")
    given.prospect(winProbability: 0.8, on: "2026-01-01")
    #expect(
      rules(given.history, on: "2026-02-01") == ["a prospect with win probability 0.8 ≥ 0.7"])
  }

  @Test(
    "given the only client with profit, when explained, then it is class A by the policy's share")
  func topProfit() {
    var given = GivenClient.registered()
    given.sale(1_000, cost: 400, on: "2026-01-10")
    #expect(
      rules(given.history, on: "2026-02-01") == [
        "class A: profit 600.00 is among the top clients making 80 % of positive profit"
      ])
  }
}
