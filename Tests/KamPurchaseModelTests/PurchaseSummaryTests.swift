import KamPurchaseModel
import KamTime
import Testing

@Suite("PurchaseSummary from purchase dates")
struct PurchaseSummaryTests {
  static let evaluation = CalendarDate(year: 2026, month: 3, day: 31)!

  static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

  @Test("same-day purchases count once")
  func sameDayOnce() throws {
    let dates = ["2026-01-06", "2026-01-06", "2026-01-20", "2026-01-20", "2026-01-20"]
    let summary = try #require(
      PurchaseSummary(purchases: dates.map(Self.date), asOf: Self.evaluation))
    #expect(summary == PurchaseSummary(frequency: 1, recency: 2, age: 84.0 / 7))
  }

  @Test("order does not matter and weeks are days / 7")
  func unorderedWeeks() throws {
    let dates = ["2026-03-01", "2026-01-01", "2026-02-10"].map(Self.date)
    let summary = try #require(PurchaseSummary(purchases: dates, asOf: Self.evaluation))
    #expect(summary.frequency == 2)
    #expect(summary.recency == 59.0 / 7)
    #expect(summary.age == 89.0 / 7)
    #expect(summary.isValid)
  }

  @Test("a single purchase day is x = 0, tX = 0")
  func singlePurchase() throws {
    let dates = [Self.date("2026-03-24"), Self.date("2026-03-24")]
    let summary = try #require(PurchaseSummary(purchases: dates, asOf: Self.evaluation))
    #expect(summary == PurchaseSummary(frequency: 0, recency: 0, age: 1))
  }

  @Test("a purchase on the evaluation day counts and gives T = tX")
  func purchaseOnEvaluationDay() throws {
    let dates = [Self.date("2026-03-17"), Self.evaluation]
    let summary = try #require(PurchaseSummary(purchases: dates, asOf: Self.evaluation))
    #expect(summary == PurchaseSummary(frequency: 1, recency: 2, age: 2))
  }

  @Test("purchases after the evaluation date are ignored")
  func futureIgnored() throws {
    let dates = ["2026-03-03", "2026-04-01", "2026-05-01"].map(Self.date)
    let summary = try #require(PurchaseSummary(purchases: dates, asOf: Self.evaluation))
    #expect(summary == PurchaseSummary(frequency: 0, recency: 0, age: 4))
  }

  @Test("no purchase at or before the evaluation date gives nil")
  func noPurchases() {
    #expect(PurchaseSummary(purchases: [], asOf: Self.evaluation) == nil)
    #expect(PurchaseSummary(purchases: [Self.date("2026-04-01")], asOf: Self.evaluation) == nil)
  }

  @Test(
    "distinct ascending days give the summary the general initialiser gives",
    arguments: 0..<40)
  func distinctAscendingDays(seed: Int) throws {
    // Up to 11 days back from the evaluation, scattered over 200 days, some repeated.
    let back = Set((0..<seed % 12).map { k in Int64((seed * 37 + k * k * 13) % 200) })
    let days = back.sorted(by: >).map { Self.evaluation.adding(days: -$0) }
    #expect(
      PurchaseSummary(distinctAscendingDays: ArraySlice(days), asOf: Self.evaluation)
        == PurchaseSummary(purchases: days.shuffled() + days.prefix(2), asOf: Self.evaluation))
  }

  @Test(
    "validity",
    arguments: [
      (PurchaseSummary(frequency: 2, recency: 3, age: 5), true),
      (PurchaseSummary(frequency: 0, recency: 0, age: 0), true),
      (PurchaseSummary(frequency: -1, recency: 0, age: 5), false),
      (PurchaseSummary(frequency: 1, recency: 6, age: 5), false),
      (PurchaseSummary(frequency: 1, recency: -1, age: 5), false),
      (PurchaseSummary(frequency: 1, recency: 1, age: .infinity), false),
    ])
  func validity(_ summary: PurchaseSummary, _ valid: Bool) {
    #expect(summary.isValid == valid)
  }
}
