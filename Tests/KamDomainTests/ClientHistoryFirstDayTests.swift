import Testing

@testable import KamDomain

@Suite("A client's first day")
struct ClientHistoryFirstDayTests {
  @Test(
    "given random histories of every kind of fact, then the first day is the one the stage facts find",
    arguments: 0..<100 as Range<UInt64>)
  func matchesStageFacts(seed: UInt64) {
    let history = RandomHistory(seed: seed, everyKind: true).given.history
    #expect(history.firstDay == StageFacts(history, policy: Policy()).firstDay)
    for day in stride(from: -10, through: 400, by: 7) {
      let date = Given.day(day)
      #expect(history.isKnown(by: date) == (history.firstDay.map { $0 <= date } ?? false))
    }
  }

  @Test("given only a retracted sale, then the client has no first day")
  func retracted() {
    var given = Given()
    let sale = given.sale(on: 3)
    given.retract(sale, on: 4)
    #expect(given.history.firstDay == nil)
  }
}
