import Testing

@testable import KamDomain

@Suite("The time triggers of a critical day")
struct TimeTriggersTests {
  @Test(
    "given any two triggers, when one is added, then the day has it and not the other",
    arguments: TimeTrigger.allCases)
  func eachHasItsOwnBit(trigger: TimeTrigger) {
    var day: TimeTriggers = []
    #expect(day.isEmpty)
    day.insert(trigger)
    #expect(!day.isEmpty)
    for other in TimeTrigger.allCases {
      #expect(day.contains(other) == (other == trigger), "\(trigger), \(other)")
    }
    day.insert(trigger)
    #expect(day == [trigger])
  }

  @Test("given every trigger added in either order, then the days are equal and have each")
  func order() {
    var forwards: TimeTriggers = []
    var backwards: TimeTriggers = []
    for trigger in TimeTrigger.allCases { forwards.insert(trigger) }
    for trigger in TimeTrigger.allCases.reversed() { backwards.insert(trigger) }
    #expect(forwards == backwards)
    #expect(TimeTrigger.allCases.allSatisfy(forwards.contains))
    #expect(forwards != [.saleLeftWindow])
  }
}
