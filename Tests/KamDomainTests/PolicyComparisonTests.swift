import KamDomain
import Testing

@Suite("Comparing a candidate policy with the one in force")
struct PolicyComparisonTests {
  let date = day("2026-06-30")

  /// A prospect with win probability 0.8, a client with one sale, and a client
  /// registered after the day compared.
  var histories: [ClientHistory] {
    var prospect = GivenClient("newco")
    prospect.prospect(winProbability: 0.8, on: "2026-01-01")
    var client = GivenClient("acme")
    client.registered(on: "2026-01-01")
    client.sale(1_000, on: "2026-02-01")
    var later = GivenClient("late")
    later.prospect(winProbability: 0.8, on: "2026-07-01")
    return [later.history, client.history, prospect.history]
  }

  @Test(
    "given a candidate that raises the likely-win bar, when compared, then only the prospect differs"
  )
  func likelyWin() {
    var candidate = Policy()
    candidate.likelyWinProbability = 0.9
    let comparison = PolicyComparison(histories, on: date, current: Policy(), candidate: candidate)
    #expect(comparison.differences.map(\.client) == [slug("newco")])
    let difference = comparison.differences.first
    #expect(difference?.keyAccountReasons == [.likelyWin])
    #expect(difference?.candidateReasons == [])
    #expect(difference?.stage == difference?.candidateStage)
  }

  @Test("given the same policy, when compared, then nothing differs")
  func same() {
    #expect(
      PolicyComparison(histories, on: date, current: Policy(), candidate: Policy()).differences
        .isEmpty)
  }
}
