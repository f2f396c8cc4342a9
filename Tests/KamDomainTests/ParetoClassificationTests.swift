import KamDomain
import Testing

@Suite("Pareto classes on profit")
struct ParetoClassificationTests {
  let policy = Policy()

  /// Classes by client, for readable expectations.
  func classes(_ values: [ClientValue]) -> [String: String] {
    let ranking = ProfitRanking(values)
    let classification = ParetoClassification(ranking, policy: policy)
    var byClient: [String: String] = [:]
    for (value, paretoClass) in zip(ranking.values, classification.classes) {
      byClient[value.client.rawValue] = paretoClass.rawValue
    }
    return byClient
  }

  @Test("given profits 50/30/10/6/4, then A reaches exactly 80 %, B up to 95 %, C the rest")
  func classic() {
    let values = [
      valued("e", profit: 4), valued("c", profit: 10), valued("a", profit: 50),
      valued("d", profit: 6), valued("b", profit: 30),
    ]
    #expect(classes(values) == ["a": "A", "b": "A", "c": "B", "d": "B", "e": "C"])
    #expect(ParetoClassification(ProfitRanking(values), policy: policy).cutOffA == money(30))
  }

  @Test(
    "given two equal profits straddling 80 %, then the slug sorting first is A and the other B",
    arguments: [["x", "a", "b"], ["b", "a", "x"], ["a", "x", "b"]])
  func tieAtCutOff(order: [String]) {
    let profits = ["x": Int64(60), "a": 20, "b": 20]
    let values = order.map { valued($0, profit: profits[$0]!) }

    // x alone has 60 %, x + a reach 80 % exactly, so A = {x, a}; b, equal to a,
    // is B: the ranking is total (slug breaks ties) so the smallest set is unique.
    #expect(classes(values) == ["x": "A", "a": "A", "b": "B"])
  }

  @Test("given equal profits that all fit below the cut-off, then they share class A")
  func tieBelowCutOff() {
    let values = [
      valued("x", profit: 50), valued("a", profit: 20), valued("b", profit: 20),
      valued("c", profit: 10),
    ]
    #expect(classes(values) == ["x": "A", "a": "A", "b": "A", "c": "B"])
  }

  @Test("given only losses, then everyone is C and there is no class A cut-off")
  func allNegative() {
    let values = [valued("a", profit: -10), valued("b", profit: -1), valued("c", profit: 0)]
    let classification = ParetoClassification(ProfitRanking(values), policy: policy)

    #expect(classes(values) == ["a": "C", "b": "C", "c": "C"])
    #expect(classification.cutOffA == nil)
  }

  @Test(
    "given a single client, then it is A when it earns and C otherwise",
    arguments: [(Int64(1), "A"), (1_000_000, "A"), (0, "C"), (-5, "C")])
  func singleClient(profit: Int64, expected: String) {
    #expect(classes([valued("solo", profit: profit)]) == ["solo": expected])
  }

  @Test("given clients with only costs, then they are C and the shares ignore their losses")
  func onlyCosts() {
    // The shares are of the positive total (100), not of the net total (−401):
    // p and q reach 90 %, r closes B at 100 %, and every loss-maker is C.
    let values = [
      valued("p", profit: 70), valued("q", profit: 20), valued("r", profit: 10),
      valued("cost-1", profit: -500), valued("cost-2", profit: -1), valued("zero", profit: 0),
    ]
    #expect(
      classes(values) == [
        "p": "A", "q": "A", "r": "B", "cost-1": "C", "cost-2": "C", "zero": "C",
      ])
  }

  @Test("given a dominant client, then A is just that client and B takes the next to 95 %")
  func dominant() {
    let values = [
      valued("big", profit: 90), valued("m", profit: 6), valued("s", profit: 3),
      valued("t", profit: 1),
    ]
    #expect(classes(values) == ["big": "A", "m": "B", "s": "C", "t": "C"])
  }

  @Test("given the ranking, then it is profit descending with slug ascending on ties")
  func rankingOrder() {
    let ranking = ProfitRanking([
      valued("b", profit: 5), valued("a", profit: 5), valued("c", profit: 9),
      valued("d", profit: -2),
    ])
    #expect(ranking.values.map(\.client.rawValue) == ["c", "a", "b", "d"])
    #expect(ranking.totalProfit == money(17))
    #expect(ranking.totalPositiveProfit == money(19))
  }
}
