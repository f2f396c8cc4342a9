import KamDomain
import Testing

@Suite("RetractionLedger: which events retractions take back")
struct RetractionLedgerTests {
  @Test("a retraction takes its target back; retracting the retraction restores it")
  func chain() {
    var ledger = RetractionLedger()
    #expect(!ledger.isRetracted(3))
    ledger.record(7, retracting: 3)
    #expect(ledger.isRetracted(3))
    #expect(!ledger.isRetracted(7))
    ledger.record(9, retracting: 7)
    #expect(!ledger.isRetracted(3), "the undo was redone")
    #expect(ledger.isRetracted(7))
    ledger.record(11, retracting: 9)
    #expect(ledger.isRetracted(3), "and undone again")
  }

  @Test("of two retractions of one event, one standing is enough")
  func twoRetractions() {
    var ledger = RetractionLedger()
    ledger.record(5, retracting: 2)
    ledger.record(6, retracting: 2)
    ledger.record(8, retracting: 5)
    #expect(ledger.isRetracted(2))
  }
}
