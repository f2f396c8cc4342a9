import KamDomain
import KamPurchaseModel
import KamTime
import Testing

@Suite("The Gamma-Gamma spend model")
struct GammaGammaTests {
  @Test("a summary sums amounts per day and leaves the first day out")
  func summaryPerDay() throws {
    let day = { (n: Int64) in CalendarDate(daysSinceEpoch: 10_000 + n) }
    let sales: [(date: CalendarDate, amount: Money)] = [
      (day(0), Money(minorUnits: 5_000)), (day(3), Money(minorUnits: 1_000)),
      (day(3), Money(minorUnits: 2_000)), (day(9), Money(minorUnits: 6_000)),
      (day(20), Money(minorUnits: 99_900)),
    ]
    let summary = try #require(SpendSummary(sales: sales.shuffled(), asOf: day(10)))
    #expect(summary == SpendSummary(repeatDays: 2, meanSpend: 45))
    #expect(SpendSummary(sales: sales, asOf: day(0)) == SpendSummary(repeatDays: 0, meanSpend: 0))
    #expect(SpendSummary(sales: sales, asOf: day(-1)) == nil)
  }

  @Test("E[M | x, m] leans from the population's mean towards the client's own")
  func expectedMeanSpend() throws {
    let model = GammaGammaParameters(p: 6.25, q: 3.74, v: 15.45)
    let population = try #require(model.populationMeanSpend)
    #expect(abs(population - 6.25 * 15.45 / 2.74) < 1e-12)
    #expect(model.expectedMeanSpend(repeatDays: 0, meanSpend: 0) == population)
    let one = try #require(model.expectedMeanSpend(repeatDays: 2, meanSpend: 30))
    let weight = 12.5 / (12.5 + 2.74)
    #expect(abs(one - ((1 - weight) * population + weight * 30)) < 1e-12)
    #expect(
      GammaGammaParameters(p: 1, q: 0.9, v: 1).expectedMeanSpend(repeatDays: 1, meanSpend: 5) == nil
    )
  }

  @Test(
    "given spends a thousand and a million times larger, when fitted, then p and q stay and v scales with them"
  )
  func scaleFree() throws {
    var random = SplitMix64(seed: 5)
    func uniform() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
    let base = (0..<400).map { n in
      let level = 10 + 60 * uniform() * uniform()
      return SpendSummary(repeatDays: 1 + n % 7, meanSpend: level * (0.6 + 0.8 * uniform()))
    }
    let small = SpendModelFit.fit(base)
    let reference = try #require(small.parameters, "\(small)")
    for factor in [1_000.0, 1_000_000.0] {
      let large = SpendModelFit.fit(
        base.map { SpendSummary(repeatDays: $0.repeatDays, meanSpend: $0.meanSpend * factor) })
      let fitted = try #require(large.parameters, "×\(factor): \(large)")
      #expect(abs(fitted.p / reference.p - 1) < 1e-3)
      #expect(abs(fitted.q / reference.q - 1) < 1e-3)
      #expect(abs(fitted.v / (reference.v * factor) - 1) < 1e-3)
    }
  }

  @Test("too few repeat buyers, or a fit on the box's edge, is a named fallback")
  func fallbacks() {
    let few = SpendModelFit.fit([SpendSummary(repeatDays: 1, meanSpend: 10)])
    #expect(few.fallbackReason == .tooFewRepeatBuyers(found: 1, required: 10))
    #expect(!few.fitted)
    // Everyone spending exactly the same: no spread between clients, v and q run off.
    let same = SpendModelFit.fit(
      Array(repeating: SpendSummary(repeatDays: 3, meanSpend: 20), count: 50))
    #expect(!same.fitted)
    #expect(same.fallbackReason != nil)
    let zeros = SpendModelFit.fit(
      Array(repeating: SpendSummary(repeatDays: 3, meanSpend: 0), count: 50))
    #expect(zeros.clients == 0)
    #expect(!zeros.fitted)
  }
}
