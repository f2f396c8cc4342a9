import Testing

@testable import KamDomain

@Suite("The stage without its words")
struct StageUnexplainedTests {
  @Test(
    "given random histories of every kind of fact, when the stage is evaluated without its words on any day, then its stage, rule and figures are the explained evaluation's",
    arguments: 0..<60 as Range<UInt64>)
  func sameStage(seed: UInt64) {
    let history = RandomHistory(seed: seed, everyKind: true).given.history
    let policy = Policy()
    for day in stride(from: -10, through: 760, by: 11) {
      let date = Given.day(day)
      let explained = StageRules.evaluate(history, on: date, policy: policy)
      var unexplained = StageRules.unexplained(history, on: date, policy: policy)
      #expect(unexplained.explanation.isEmpty && unexplained.missing.isEmpty)
      #expect(unexplained.facts.isEmpty)
      // Only the words and the evidence are left out.
      unexplained.explanation = explained.explanation
      unexplained.missing = explained.missing
      unexplained.facts = explained.facts
      #expect(unexplained == explained, "seed \(seed), day \(day)")
    }
  }
}
