import KamTime
import Testing

@testable import KamDomain

/// `EarlyFacts` walks each kind of fact once; these tests hold it to the plain reading it
/// replaced (filter each kind by the day, then by the first months), kept here as the
/// reference.
@Suite("A client's early facts against the plain reading")
struct EarlyFactsReferenceTests {
  @Test(
    "given random histories of every kind of fact, backdated and retracted, when described on any day, then the facts are the plain reading's",
    arguments: 0..<200 as Range<UInt64>)
  func matchesTheReference(seed: UInt64) {
    let history = RandomHistory(seed: seed, everyKind: true).given.history
    for day in stride(from: -10, through: 420, by: 11) {
      for earlyDays in [0, 30, 180] {
        let date = Given.day(day)
        let facts = EarlyFacts(history, on: date, earlyDays: earlyDays)
        let reference = Reference(history, on: date, earlyDays: earlyDays)
        #expect((facts == nil) == (reference == nil), "seed \(seed), day \(day)")
        guard let facts, let reference else { continue }
        #expect(facts.segment == reference.segment)
        #expect(facts.owner == reference.owner)
        #expect(facts.firstDay == reference.firstDay)
        #expect(facts.firstSale == reference.firstSale)
        for feature in ProfileFeature.allCases {
          #expect(
            facts.values[feature] == reference.values[feature],
            "seed \(seed), day \(day), \(feature) over \(earlyDays) days")
        }
      }
    }
  }

  @Test(
    "given values set, changed and removed, then each feature reads its own and equal sets are equal"
  )
  func profileValues() {
    // A slot of its own for each feature, within the sixteen there are.
    #expect(ProfileFeature.allCases.count <= 16)
    #expect(Set(ProfileFeature.allCases.map(\.slot)).count == ProfileFeature.allCases.count)
    #expect(ProfileFeature.allCases.allSatisfy { (0..<16).contains($0.slot) })
    var values = ProfileValues()
    #expect(ProfileFeature.allCases.allSatisfy { values[$0] == nil })
    values[.meetings] = 2
    values[.margin] = 0.25
    values[.daysSinceLastPurchase] = 0
    #expect(values[.meetings] == 2)
    #expect(values[.margin] == 0.25)
    #expect(values[.daysSinceLastPurchase] == 0, "a zero is a value, not an absence")
    #expect(values[.negotiations] == nil)
    var other = ProfileValues()
    other[.daysSinceLastPurchase] = 0
    other[.margin] = 0.25
    other[.winProbability] = 0.5
    other[.meetings] = 2
    other[.winProbability] = nil
    #expect(values == other, "the order set and a value removed do not matter")
    #expect(values.hashValue == other.hashValue)
    other[.meetings] = 3
    #expect(values != other)
  }

  /// The plain reading: what `EarlyFacts` computed before it walked each kind once.
  struct Reference {
    var segment: String?
    var owner: String?
    var firstDay: CalendarDate
    var firstSale: CalendarDate?
    var values: [ProfileFeature: Double] = [:]

    init?(_ history: ClientHistory, on date: CalendarDate, earlyDays: Int) {
      let counts = { (seq: Int64) in !history.isRetracted(seq) }
      let registrations = history.registrations.filter { counts($0.seq) && $0.date <= date }
      let sales = history.sales.filter { counts($0.seq) && $0.date <= date }
      let meetings = history.meetings.filter { counts($0.seq) && $0.date <= date }
      let negotiations = history.negotiations.filter { counts($0.seq) && $0.date <= date }
      let firstSale = sales.map(\.date).min()
      guard let firstDay = history.firstDay, firstDay <= date else { return nil }
      let end = firstSale.map { min(date, $0.adding(days: Int64(earlyDays))) } ?? date
      segment = registrations.last { $0.segment != nil }?.segment
      owner = registrations.last { $0.owner != nil }?.owner
      self.firstDay = firstDay
      self.firstSale = firstSale
      if let prospect = registrations.last(where: \.asProspect) {
        values[.winProbability] = prospect.winProbability
        if let expected = prospect.expectedValue {
          values[.expectedValue] = Double(expected.minorUnits) / 100
        }
      }
      let early = negotiations.filter { $0.date <= end }
      values[.meetings] = Double(meetings.count { $0.date <= end })
      values[.negotiations] = Double(early.count)
      let askedTotal = early.map(\.asked.fraction).reduce(0, +)
      let grantedTotal = early.map(\.granted.fraction).reduce(0, +)
      values[.discountAsked] = early.isEmpty ? 0 : askedTotal / Double(early.count)
      values[.discountGranted] = early.isEmpty ? 0 : grantedTotal / Double(early.count)
      values[.daysToFirstSale] = Double(firstDay.days(to: firstSale ?? date))
      let first = sales.filter { $0.date <= end }
      guard let firstDate = first.map(\.date).min(), let last = first.map(\.date).max() else {
        values[.purchaseDays] = 0
        values[.amountSoFar] = 0
        values[.firstOrder] = 0
        return
      }
      let amount = first.reduce(Money.zero) { $0 + $1.amount }
      let cost = first.reduce(Money.zero) { $0 + $1.cost }
      let firstDayAmount = first.filter { $0.date == firstDate }.reduce(Money.zero) {
        $0 + $1.amount
      }
      values[.purchaseDays] = Double(Set(first.map(\.date)).count)
      values[.amountSoFar] = Double(amount.minorUnits) / 100
      values[.firstOrder] = Double(firstDayAmount.minorUnits) / 100
      if amount > .zero {
        values[.margin] = Double((amount - cost).minorUnits) / Double(amount.minorUnits)
      }
      values[.daysKnown] = Double(firstDate.days(to: end))
      values[.daysSinceLastPurchase] = Double(last.days(to: end))
    }
  }
}
