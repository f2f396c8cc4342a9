import KamDomain
import Testing

@Suite("What passing time did, in words")
struct TimeTriggerExplanationTests {
  @Test(
    "given a time-driven transition, when it is explained, then the policy's figures say what time did",
    arguments: [
      (TimeTrigger.saleLeftWindow, Stage.lapsed, "no sale for 365 days"),
      (.saleLeftWindow, .transactional, "a sale left the 365-day window"),
      (.complaintStale, .cooperation, "a complaint open over 90 days"),
      (.tenureReached, .partnership, "first sale 180 days before"),
      (.initiativeEnded, .partnership, "the joint initiative ended"),
    ])
  func timeTrigger(trigger: TimeTrigger, stage: Stage, expected: String) {
    #expect(trigger.explanation(to: stage, policy: Policy()) == expected)
  }
}
