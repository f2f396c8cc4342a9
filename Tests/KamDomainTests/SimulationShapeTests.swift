import KamDomain
import KamSimulation
import KamTime
import Testing

@Suite("Simulated book: value distribution and stages")
struct SimulationShapeTests {
  static let book = SimulationTests.book

  @Test("the top 20 % of clients by profit earn 60–150 % of it; at least 5 % lose money")
  func whaleCurve() {
    let profits = Self.book.clients.map { SimulatedHistory.profit($0) }.sorted(by: >)
    let total = profits.reduce(0, +)
    let top = profits.prefix((profits.count + 4) / 5).reduce(0, +)
    let share = Double(top) / Double(total)
    #expect(total > 0)
    #expect(share >= 0.6 && share <= 1.5, "top 20 % earn \(share) of profit")
    let unprofitable = Double(profits.filter { $0 < 0 }.count) / Double(profits.count)
    #expect(unprofitable >= 0.05, "only \(unprofitable) of clients are unprofitable")
  }

  @Test("the same holds over the last 365 days")
  func whaleCurveLastYear() {
    let end = SimulatedHistory.endDate
    let profits = Self.book.clients.map { SimulatedHistory.profit($0, yearBefore: end) }
      .filter { $0 != 0 }.sorted(by: >)
    let total = profits.reduce(0, +)
    let share = Double(profits.prefix((profits.count + 4) / 5).reduce(0, +)) / Double(total)
    #expect(share >= 0.6 && share <= 1.5, "top 20 % earn \(share) of last year's profit")
  }

  @Test("neglected clients churn several times as often, per day, as the others")
  func neglectHurts() throws {
    // Neglect is a small share of client-days: a bigger book gives enough churns to compare.
    let book = SimulatedHistory(seed: 11, clients: 1000, years: 6)
    let truth = book.truth
    let churned = truth.records(.churned)
    var neglectedDays: Int64 = 0
    for spell in truth.records(.neglected) {
      neglectedDays += spell.from.days(to: try #require(spell.to)) + 1
    }
    let neglectedChurns = churned.filter { $0.detail == "neglected" }.count
    // Exposure of everyone else: first sale to churn (or the end), less the neglect spells.
    var buyingDays: Int64 = 0
    for history in book.clients {
      guard let first = history.effectiveSales.map(\.date).min() else { continue }
      let end = churned.first { $0.client == history.client.rawValue }?.to ?? book.endDate
      buyingDays += max(0, first.days(to: end))
    }
    let otherChurns = churned.filter { $0.detail == "natural" || $0.detail == "complaints" }.count
    let neglectedRate = Double(neglectedChurns) / Double(neglectedDays)
    let otherRate = Double(otherChurns) / Double(buyingDays - neglectedDays)
    #expect(neglectedChurns > 0)
    #expect(neglectedRate > 3 * otherRate, "neglected \(neglectedRate) vs \(otherRate) per day")
  }

  @Test("histories meet each stage's conditions somewhere: partnership, synergy, lapsed")
  func stages() {
    var reached: [String: Int] = [:]
    var fell = 0
    for history in Self.book.histories {
      var seen: Set<String> = []
      var wasPartner = false
      var day = SimulatedHistory.endDate.adding(days: -365 * 4)
      while day <= SimulatedHistory.endDate {
        let stage = StageCheck(history: history, on: day).stage
        seen.insert(stage)
        if stage == "partnership" || stage == "synergy" { wasPartner = true }
        if wasPartner && stage == "lapsed" { fell += 1 }
        if wasPartner && stage == "lapsed" { break }
        day = day.adding(days: 30)
      }
      for stage in seen { reached[stage, default: 0] += 1 }
    }
    for stage in ["prospect", "transactional", "cooperation", "partnership", "synergy", "lapsed"] {
      #expect(reached[stage, default: 0] > 0, "no client ever reaches \(stage): \(reached)")
    }
    #expect(fell > 0, "no partner ever lapses")
  }
}

/// A plain reading of the stage rules in `Policy`, evaluated at the end of a day.
struct StageCheck {
  let history: ClientHistory
  let day: CalendarDate
  let policy = Policy()

  init(history: ClientHistory, on day: CalendarDate) {
    self.history = history
    self.day = day
  }

  var stage: String {
    let sales = history.effectiveSales.filter { $0.date <= day }
    guard let first = sales.map(\.date).min(), let last = sales.map(\.date).max() else {
      return history.registeredOn.map { $0 <= day } == true ? "prospect" : "none"
    }
    if first.days(to: day) < 0 { return "prospect" }
    if last.days(to: day) >= 365 { return "lapsed" }
    let windowStart = day.adding(days: -Int64(policy.windowDays))
    let recentSales = sales.filter { $0.date > windowStart }.count
    let meetings = history.meetings.filter { $0.date > windowStart && $0.date <= day }.count
    let stale = history.complaints.contains { complaint in
      complaint.filedOn <= day
        && (complaint.standingResolution({ !history.isRetracted($0) }).map { $0.date > day }
          ?? true)
        && complaint.filedOn.days(to: day) > Int64(policy.staleComplaintDays)
    }
    let partner =
      recentSales >= policy.partnershipSales && meetings >= policy.partnershipMeetings
      && first.days(to: day) >= Int64(policy.partnershipTenureDays) && !stale
      && SimulatedHistory.profit(history, yearBefore: day) > 0
    if partner {
      let standing = history.assessments.last { $0.date <= day }?.standing ?? 0
      let active = history.initiatives.contains { initiative in
        initiative.from <= day && (initiative.to.map { $0 >= day } ?? true)
      }
      return active && standing >= policy.synergyStanding ? "synergy" : "partnership"
    }
    if recentSales >= policy.cooperationSales && meetings >= policy.cooperationMeetings && !stale {
      return "cooperation"
    }
    return "transactional"
  }
}
