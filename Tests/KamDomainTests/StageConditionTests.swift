import KamTime
import Testing

@testable import KamDomain

@Suite("Stage conditions: the quick check agrees with the explained list")
struct StageConditionTests {
  @Test(
    "given random measures, then allHold equals every listed condition holding",
    arguments: Stage.allCases)
  func quickCheckAgrees(stage: Stage) {
    var random = SplitMix64(seed: 99)
    let policy = Policy()
    let day = CalendarDate(iso: "2026-06-30")!
    for _ in 0..<2_000 {
      var m = StageMeasures(date: day, windowStart: day.adding(days: -365))
      m.salesEver = Int(random.next() % 12)
      m.salesInWindow = Int(random.next() % 10)
      m.firstSale = random.next() % 4 == 0 ? nil : day.adding(days: -Int64(random.next() % 1_000))
      m.meetingsInWindow = Int(random.next() % 8)
      m.revenue = Money(minorUnits: Int64(random.next() % 10_000))
      m.costOfGoods = Money(minorUnits: Int64(random.next() % 10_000))
      m.staleComplaints = Int(random.next() % 3)
      m.activeInitiatives = Int(random.next() % 2)
      m.standing = random.next() % 3 == 0 ? nil : Int(random.next() % 100)
      #expect(
        StageCondition.allHold(for: stage, m, policy)
          == StageCondition.all(for: stage, m, policy).allSatisfy(\.holds))
    }
  }
}
