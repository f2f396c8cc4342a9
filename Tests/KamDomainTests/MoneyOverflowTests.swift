import KamDomain
import Testing

@Suite("Money never traps")
struct MoneyOverflowTests {
  @Test("sums and differences beyond Int64 saturate instead of trapping")
  func saturates() {
    let big = Money(minorUnits: .max - 1)
    #expect((big + Money(minorUnits: 5)).minorUnits == .max)
    #expect((-big - Money(minorUnits: 5)).minorUnits == .min)
    #expect((-Money(minorUnits: .min)).minorUnits == .max)
    var total = Money.zero
    for _ in 0..<100_000 { total += Money.readableLimit }
    #expect(total.minorUnits == .max)
  }

  @Test("scaling takes its product in 128 bits")
  func scalesWide() {
    let year = Money.maximum.scaled(by: 365, over: 90)
    #expect(year.minorUnits == 405_555_555_555_552)
    #expect(Money.readableLimit.scaled(by: 1_000, over: 1).minorUnits == .max)
    #expect(
      Money(minorUnits: 253_000_000_000_000_00).scaled(by: 365, over: 365).minorUnits
        == 253_000_000_000_000_00)
  }

  @Test("parsing refuses amounts beyond the maximum, either sign")
  func parsingBounded() {
    #expect(Money(decimal: "999999999999.99") == Money.maximum)
    #expect(Money(decimal: "1000000000000") == nil)
    #expect(Money(decimal: "-1000000000000") == nil)
    #expect(Money(decimal: "253000000000000") == nil)
    #expect(Money(decimal: "253000000000000", limit: .readableLimit) != nil)
  }

  @Test("a stored amount beyond the readable limit is an unreadable payload")
  func forgedPayload() throws {
    let json = try #require(
      FlatJSON(text: #"{"client":"acme","amount":9223372036854775807,"cost":0}"#))
    #expect(throws: PayloadError.self) { try json.money("amount") }
    let fine = try #require(FlatJSON(text: #"{"amount":99999999999999999}"#))
    #expect(try fine.money("amount") == Money.readableLimit)
  }
}
