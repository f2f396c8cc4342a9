import KamDomain
import KamTime
import Testing

@Suite("Key-account reasons")
struct KeyAccountReasonTests {
  let policy = Policy()
  let t = day("2026-12-31")

  func reasons(
    _ history: ClientHistory, paretoClass: ParetoClass = .c, forecast: Int64 = 0,
    cutOffA: Int64? = nil, on date: CalendarDate? = nil
  ) -> [String] {
    KeyAccountReason.reasons(
      for: history, paretoClass: paretoClass, forecastProfit: money(forecast),
      cutOffA: cutOffA.map(money), on: date ?? t, policy: policy
    ).map(\.rawValue)
  }

  @Test(
    "given a prospect, then it is a likely win from the policy's probability up",
    arguments: [(0.69, false), (0.6999, false), (0.70, true), (0.7, true), (0.95, true)])
  func likelyWinThreshold(probability: Double, likely: Bool) {
    var given = GivenClient("lead")
    given.prospect(winProbability: probability, on: "2026-05-01")

    #expect(reasons(given.history) == (likely ? ["likely-win"] : []))
  }

  @Test("given a likely prospect that bought, then it is a likely win only before the sale's date")
  func likelyWinEndsWithFirstSale() {
    var given = GivenClient("lead")
    given.prospect(winProbability: 0.9, on: "2026-05-01")
    given.sale(100, on: "2026-11-01")

    #expect(reasons(given.history, on: day("2026-10-31")) == ["likely-win"])
    #expect(reasons(given.history, on: day("2026-11-01")) == [])
  }

  @Test(
    "given a prospect registered again with a higher probability, then each day uses the one standing then"
  )
  func likelyWinOnEachDay() {
    var given = GivenClient("lead")
    given.prospect(winProbability: 0.5, on: "2026-05-01")
    let raised = given.prospect(winProbability: 0.9, on: "2026-08-01")

    #expect(reasons(given.history, on: day("2026-07-31")) == [])
    #expect(reasons(given.history, on: day("2026-08-01")) == ["likely-win"])
    given.retract(raised, on: "2026-09-01")
    #expect(reasons(given.history) == [])
    #expect(given.history.winProbability(on: t) == 0.5)
  }

  @Test("given the prospect's only sale is retracted, then it is a prospect and likely win again")
  func likelyWinAfterRetractedSale() {
    var given = GivenClient("lead")
    given.prospect(winProbability: 0.8, on: "2026-05-01")
    let sale = given.sale(100, on: "2026-06-01")
    given.retract(sale, on: "2026-06-02")

    #expect(given.history.isProspect(on: t))
    #expect(reasons(given.history) == ["likely-win"])
  }

  @Test("given a client registered without a win probability, then it is never a likely win")
  func noProbability() {
    var given = GivenClient("plain")
    given.registered(on: "2026-01-01")

    #expect(reasons(given.history) == [])
  }

  @Test("given the strategic flag set then cleared, then it is strategic only in between")
  func strategicSetThenCleared() {
    var given = GivenClient("ref")
    given.strategic(on: "2026-03-01")
    given.notStrategic(on: "2026-09-01")

    #expect(reasons(given.history, on: day("2026-02-28")) == [])
    #expect(reasons(given.history, on: day("2026-03-01")) == ["strategic"])
    #expect(reasons(given.history, on: day("2026-08-31")) == ["strategic"])
    #expect(reasons(given.history, on: day("2026-09-01")) == [])
  }

  @Test("given a set backdated before a clear, then the clear, later by date, still wins")
  func strategicByBusinessDate() {
    var given = GivenClient("ref")
    given.notStrategic(on: "2026-09-01")
    given.strategic(on: "2026-05-01")  // recorded later, dated earlier

    #expect(reasons(given.history, on: day("2026-06-01")) == ["strategic"])
    #expect(reasons(given.history) == [])
  }

  @Test("given the clear is retracted, then the earlier set stands again")
  func strategicClearRetracted() {
    var given = GivenClient("ref")
    given.strategic(on: "2026-03-01")
    let clear = given.notStrategic(on: "2026-09-01")
    given.retract(clear, on: "2026-09-02")

    #expect(reasons(given.history) == ["strategic"])
  }

  /// (class, forecast, class A cut-off, whether "potential" holds).
  static let potentials: [(ParetoClass, Int64, Int64?, Bool)] = [
    (.b, 999, 1_000, false),
    (.b, 1_000, 1_000, true),  // reaching the cut-off is enough
    (.c, 5_000, 1_000, true),
    (.c, 5_000, nil, false),  // no class A, no bar to reach
    (.a, 5_000, 1_000, false),  // already top-profit
  ]

  @Test(
    "given a client outside class A, then it has potential when its forecast reaches the cut-off",
    arguments: potentials)
  func potential(paretoClass: ParetoClass, forecast: Int64, cutOffA: Int64?, expected: Bool) {
    let history = GivenClient("rookie").history
    let listed = reasons(history, paretoClass: paretoClass, forecast: forecast, cutOffA: cutOffA)

    #expect(listed.contains("potential") == expected)
    #expect(listed.contains("top-profit") == (paretoClass == .a))
  }

  @Test("given every reason holds, then they are listed in the documented order")
  func order() {
    var given = GivenClient("all")
    given.strategic(on: "2026-01-01")
    given.prospect(winProbability: 0.9, on: "2026-01-02")

    #expect(
      reasons(given.history, paretoClass: .b, forecast: 10, cutOffA: 10)
        == ["potential", "likely-win", "strategic"])
    #expect(reasons(given.history, paretoClass: .a) == ["top-profit", "likely-win", "strategic"])
  }
}
