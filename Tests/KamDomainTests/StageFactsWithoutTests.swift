import KamTime
import Testing

@testable import KamDomain

/// `StageFacts.without(_:)` keeps what does not hold the event and takes one entry out of
/// the ledger that does, its running sums made again only after it; these tests hold it to
/// the plain reading it replaced (every ledger filtered and summed afresh), kept here as the
/// reference.
@Suite("The stage facts without one event, against the plain reading")
struct StageFactsWithoutTests {
  @Test(
    "given random histories of every kind of fact, backdated and retracted, when any event is left out, then the facts are the plain reading's",
    arguments: 0..<200 as Range<UInt64>)
  func matchesTheReference(seed: UInt64) {
    let random = RandomHistory(seed: seed, everyKind: true)
    let history = random.given.history
    let facts = StageFacts(history, policy: random.policy)
    // Every event of the history and one of none, which leaves the facts as they are.
    for seq in Array(1...history.lastSeq) + [history.lastSeq + 1] {
      #expect(facts.without(seq) == Self.reference(facts, without: seq), "seed \(seed), seq \(seq)")
    }
    #expect(facts.without(history.lastSeq + 1) == facts)
  }

  @Test("given a ledger, when an entry is left out, then the sums after it fall by its money")
  func ledgerSums() {
    let day = CalendarDate(iso: "2026-01-01")!
    let ledger = StageLedger([
      .init(seq: 3, date: day.adding(days: 2), amount: 300, cost: 30),
      .init(seq: 1, date: day, amount: 100, cost: 10),
      .init(seq: 2, date: day.adding(days: 1), amount: 200, cost: 20),
    ])
    let without = ledger.without(2)
    #expect(without.entries.map(\.seq) == [1, 3])
    #expect(without.amountSums == [0, 100, 400])
    #expect(without.costSums == [0, 10, 40])
    #expect(ledger.without(1).amountSums == [0, 200, 500])
    #expect(ledger.without(3).costSums == [0, 10, 30])
  }

  /// The reading `without` replaced.
  static func reference(_ facts: StageFacts, without seq: Int64) -> StageFacts {
    func ledger(_ ledger: StageLedger) -> StageLedger {
      ledger.entries.contains { $0.seq == seq }
        ? StageLedger(ledger.entries.filter { $0.seq != seq }) : ledger
    }
    var copy = facts
    copy.sales = ledger(facts.sales)
    copy.countedSales = ledger(facts.countedSales)
    copy.meetings = ledger(facts.meetings)
    copy.resolutions = ledger(facts.resolutions)
    copy.assessments = ledger(facts.assessments)
    copy.complaints = facts.complaints.filter { $0.seq != seq }.map { complaint in
      guard complaint.resolutionSeq == seq else { return complaint }
      var open = complaint
      open.resolvedOn = nil
      open.resolutionSeq = nil
      return open
    }
    copy.initiatives = facts.initiatives.filter { $0.seq != seq }
    return copy
  }
}
