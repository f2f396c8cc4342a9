import KamDomain
import KamTime
import Testing

@Suite("The run-rate profit forecast")
struct RunRateForecasterTests {
  let policy = Policy()
  let t = day("2026-12-31")

  func forecast(_ history: ClientHistory, _ forecaster: RunRateForecaster = .init()) -> Money {
    let value = ClientValue.evaluate(history, on: t, policy: policy)
    return forecaster.forecastProfit(of: history, value: value, on: t, policy: policy)
  }

  /// (first sale, days the rate is taken over).
  static let spans: [(String, Int64)] = [
    ("2024-01-01", 365),  // long-standing: the whole window
    ("2026-01-01", 365),  // the window's first day
    ("2026-07-04", 181),  // half a year: projected ×365/181
    ("2026-10-03", 90),  // exactly the minimum
    ("2026-12-30", 90),  // two days old: damped to the minimum
  ]

  @Test(
    "given a client's first sale, then its window profit is projected over its active days",
    arguments: spans)
  func projection(firstSale: String, span: Int64) {
    var given = GivenClient("acme")
    given.sale(1_000, on: firstSale)
    let profit = ClientValue.evaluate(given.history, on: t, policy: policy).profit

    #expect(forecast(given.history) == profit.scaled(by: 365, over: span))
  }

  @Test("given a profit of 1000 over the last 90 days, then the forecast is 4055.56, half-up")
  func rounding() {
    var given = GivenClient("acme")
    given.sale(1_000, on: "2026-10-03")

    #expect(forecast(given.history) == Money(minorUnits: 405_556))
  }

  @Test("given no sale by the date, then the forecast is the window's cost-only profit")
  func prospect() {
    var given = GivenClient("lead")
    given.meeting(cost: 100, on: "2026-12-01")
    given.sale(5_000, on: "2027-01-10")  // after t

    #expect(forecast(given.history) == money(-100))
  }

  @Test("given a minimum of one day, then a new client's rate is projected undamped")
  func undamped() {
    var given = GivenClient("acme")
    given.sale(10, on: "2026-12-31")

    #expect(forecast(given.history, RunRateForecaster(minimumActiveDays: 1)) == money(3_650))
  }
}
