import KamDomain
import KamTime
import Testing

/// The synergy conditions day by day: with no grace, so that the day the
/// evidence fails is the day the stage falls (the grace is in StageHysteresisTests).
@Suite("Stage rules: synergy")
struct StageRulesSynergyTests {
  @Test(
    "given a partner with a running initiative, when assessed, then synergy needs standing 70",
    arguments: [(Int64(69), Stage.partnership), (70, .synergy), (95, .synergy)])
  func standing(standing: Int64, expected: Stage) {
    var given = Given.partner()
    given.initiative("launch", from: 190)
    given.assessed(standing: standing, on: 195)
    #expect(given.stage(on: 200) == expected)
  }

  @Test("given a high then a low assessment, when evaluated, then the latest one counts")
  func latestAssessment() {
    var given = Given.partner()
    given.initiative("launch", from: 190)
    given.assessed(standing: 80, on: 205)
    given.assessed(standing: 60, on: 210)
    #expect(given.stage(on: 209, policy: Given.noGrace) == .synergy)
    #expect(given.stage(on: 210, policy: Given.noGrace) == .partnership)
  }

  @Test("given an assessment recorded late but dated earlier, when evaluated, then date decides")
  func assessmentOrderIsByDate() {
    var given = Given.partner()
    given.initiative("launch", from: 190)
    given.assessed(standing: 60, on: 198)
    given.assessed(standing: 80, on: 195)  // backdated: older than the 60
    #expect(given.stage(on: 200) == .partnership)
  }

  @Test(
    "given an initiative whose last day is day 220, when evaluated, then active through day 220",
    arguments: [(204, Stage.partnership), (205, .synergy), (220, .synergy), (221, .partnership)])
  func initiativeDays(day: Int, expected: Stage) {
    var given = Given.partner()
    given.initiative("launch", from: 205, to: 220)
    given.assessed(standing: 80, on: 100)
    #expect(given.stage(on: day, policy: Given.noGrace) == expected)
  }

  @Test("given an open initiative ended on day 205, when evaluated on day 206, then partnership")
  func initiativeEnded() {
    var given = Given.partner()
    given.initiative("launch", from: 190)
    given.assessed(standing: 80, on: 100)
    given.initiativeEnded("launch", last: 205, on: 205)
    #expect(given.stage(on: 205, policy: Given.noGrace) == .synergy)
    #expect(given.stage(on: 206, policy: Given.noGrace) == .partnership)
  }

  @Test("given a retracted initiative ending, when evaluated, then the initiative runs on")
  func retractedEnding() {
    var given = Given.partner()
    given.initiative("launch", from: 190)
    given.assessed(standing: 80, on: 100)
    let ending = given.initiativeEnded("launch", last: 195, on: 195)
    given.retract(ending, on: 196)
    #expect(given.stage(on: 200) == .synergy)
  }

  @Test(
    "given a planned end and a retracted early ending, when evaluated, then the planned end holds")
  func retractedEndingRestoresPlan() {
    var given = Given.partner()
    given.initiative("launch", from: 190, to: 220)
    given.assessed(standing: 80, on: 100)
    let ending = given.initiativeEnded("launch", last: 195, on: 195)
    given.retract(ending, on: 196)
    #expect(given.stage(on: 220, policy: Given.noGrace) == .synergy)
    #expect(given.stage(on: 221, policy: Given.noGrace) == .partnership)
  }

  @Test("given a synergy client, when evaluated, then the facts name initiative and assessment")
  func synergyFacts() {
    var given = Given.partner()
    let initiative = given.initiative("launch", from: 190)
    let assessment = given.assessed(standing: 80, on: 195)
    let evaluation = given.evaluate(on: 200)
    #expect(evaluation.rule == .synergy)
    #expect(evaluation.facts == Array(1...given.seq).filter { $0 != 1 })
    #expect(evaluation.facts.contains(initiative) && evaluation.facts.contains(assessment))
    #expect(evaluation.missing.isEmpty)
  }

  @Test("given a partner without initiative, when evaluated, then synergy's gaps are listed")
  func synergyMissing() {
    let evaluation = Given.partner().evaluate(on: 200)
    #expect(evaluation.stage == .partnership)
    #expect(
      evaluation.missing == [
        "synergy: 0 joint initiatives running (≥ 1)", "synergy: no assessment (≥ 70)",
      ])
    #expect(
      evaluation.explanation
        == "partnership: 6 sales in 365 days (≥ 6), first sale 200 days before (≥ 180), "
        + "2 meetings in 365 days (≥ 2), profit 2000.00 over 365 days (> 0)")
  }
}
