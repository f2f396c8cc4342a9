import KamDomain
import KamTime
import Testing

@Suite("Client value by business day (what the value projection stores)")
struct ValueDayTests {
  let policy = Policy()

  @Test("given facts on a few days, then each day sums its facts, in date order")
  func daysSumTheirFacts() {
    var given = GivenClient("acme")
    given.sale(10_000, cost: 6_000, on: "2026-03-01")
    given.sale(5_000, cost: 2_000, on: "2026-03-01")
    given.meeting(cost: 500, on: "2026-03-01")
    given.complaint("c1", on: "2026-02-01")
    given.resolved("c1", cost: 1_500, on: "2026-05-10")
    given.sale(2_000, on: "2026-01-15")

    #expect(
      given.history.valueDays(policy: policy) == [
        ValueDay(date: day("2026-01-15"), revenue: money(2_000)),
        ValueDay(
          date: day("2026-03-01"), revenue: money(15_000), cogs: money(8_000),
          costToServe: money(500)),
        ValueDay(date: day("2026-05-10"), costToServe: money(1_500)),
      ])
  }

  @Test("given a retracted sale and a retracted complaint, then neither leaves a day")
  func retractedFactsLeaveNoDay() {
    var given = GivenClient("acme")
    let sale = given.sale(1_000, on: "2026-03-01")
    let complaint = given.complaint("c1", on: "2026-03-02")
    given.resolved("c1", cost: 300, on: "2026-03-03")
    given.retract(sale, on: "2026-03-04")
    given.retract(complaint, on: "2026-03-04")

    #expect(given.history.valueDays(policy: policy).isEmpty)
  }

  @Test(
    "given random histories, then the days inside any window sum to the window's value",
    arguments: [1, 2, 3, 4] as [UInt64])
  func daysSumToWindows(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    for _ in 0..<20 {
      var given = GivenClient("acme")
      for _ in 0..<Int(random.next() % 30) {
        let date = day("2025-01-01").adding(days: Int64(random.next() % 700)).description
        switch random.next() % 4 {
        case 0: given.meeting(minutes: Int64(random.next() % 120), on: date)
        case 1: given.sale(Int64(random.next() % 5_000), cost: 100, on: date)
        case 2: given.retract(Int64(random.next() % 20) + 1, on: date)
        default: given.sale(Int64(random.next() % 900), on: date)
        }
      }
      let days = given.history.valueDays(policy: policy)
      for end in stride(from: 0, through: 800, by: 97) {
        let window = ValueWindow(
          endingOn: day("2025-01-01").adding(days: Int64(end)), policy: policy)
        let inside = days.filter { window.contains($0.date) }
        let value = ClientValue.evaluate(given.history, in: window, policy: policy)
        #expect(inside.reduce(Money.zero) { $0 + $1.revenue } == value.revenue)
        #expect(inside.reduce(Money.zero) { $0 + $1.cogs } == value.cogs)
        #expect(inside.reduce(Money.zero) { $0 + $1.costToServe } == value.costToServe)
      }
    }
  }
}
