import KamDomain
import Testing

@Suite("Deciders: retractions, policy changes and decisions")
struct BookCommandDeciderTests {
  let retract = Retract(seq: 2, reason: "logged twice", occurredAt: noon("2026-03-01"))

  @Test("given a client's event, when it is retracted, then a retraction goes to its stream")
  func retracts() {
    var given = GivenClient.registered()
    given.sale(100, on: "2026-02-01")
    #expect(
      retract.client(of: Retract.Target(stream: "acme", type: SaleRecorded.type), logEnd: 2)
        == .success(slug("acme")))
    #expect(
      retract.decide(given: given.history).events == [
        .eventRetracted(EventRetracted(seq: 2, reason: "logged twice"))
      ])
  }

  @Test("given a retracted event, when it is retracted again, then it is retracted already")
  func twice() {
    var given = GivenClient.registered()
    given.sale(100, on: "2026-02-01")
    given.retract(2, on: "2026-02-02")
    let refusal = retract.decide(given: given.history).refusal
    #expect(refusal?.code == .retractedAlready)
    #expect(refusal?.message == "event 2 is retracted already")
  }

  @Test(
    "given a retracted registration, when its retraction is retracted, then it is: no registration needed"
  )
  func unregistered() {
    var given = GivenClient.registered()
    given.retract(1, on: "2026-01-02")
    let command = Retract(seq: 2, reason: "undo", occurredAt: noon("2026-03-01"))
    #expect(command.decide(given: given.history).events?.count == 1)
  }

  @Test(
    "when the event is not in the log or not about a client, then it cannot be retracted",
    arguments: [
      (nil, CommandRefusal.Code.unknownEvent, "there is no event 2 (the log has 1)"),
      (
        Retract.Target(stream: "$policy", type: PolicyChanged.type), .notAboutClient,
        "event 2 (policy-changed) is not about a client and cannot be retracted; put another policy in force instead"
      ),
      (
        Retract.Target(stream: "$decisions", type: DecisionRecorded.type), .notAboutClient,
        "event 2 (decision-recorded) is not about a client and cannot be retracted"
      ),
    ])
  func notRetractable(target: Retract.Target?, code: CommandRefusal.Code, message: String) {
    guard case .failure(let refusal) = retract.client(of: target, logEnd: 1) else {
      Issue.record("not refused")
      return
    }
    #expect(refusal.code == code)
    #expect(refusal.message == message)
  }

  @Test("given version 3 in force, when a policy is put in force, then it is version 4")
  func policy() {
    var current = Policy()
    current.version = 3
    var candidate = Policy()
    candidate.windowDays = 180
    let command = ChangePolicy(candidate)
    let applied = command.versioned(after: current)
    #expect(applied.version == 4)
    #expect(applied.windowDays == 180)
    #expect(
      command.decide(given: current).events == [
        .policyChanged(PolicyChanged(version: 4, document: applied.document.text))
      ])
  }

  @Test(
    "given a policy in force, when the same policy is put in force, then it is refused as unchanged, whatever its version"
  )
  func unchangedPolicy() {
    var current = Policy()
    current.version = 3
    current.windowDays = 180
    var candidate = current
    candidate.version = 1
    let refusal = ChangePolicy(candidate).decide(given: current).refusal
    #expect(refusal?.code == .unchanged)
    #expect(
      refusal?.message
        == "the policy is the one in force already (version 3); nothing to change")
  }

  @Test("given two policies, then their differences are the members that differ, in order")
  func policyDifferences() {
    var current = Policy()
    current.version = 2
    var candidate = Policy()
    candidate.windowDays = 200
    candidate.hourlyRateMinor = 12_000
    #expect(
      PolicyDifference.between(current, candidate) == [
        PolicyDifference(member: "windowDays", old: .integer(365), new: .integer(200)),
        PolicyDifference(member: "hourlyRateMinor", old: .integer(20_000), new: .integer(12_000)),
      ])
    #expect(PolicyDifference.between(current, current).isEmpty)
  }

  @Test(
    "given the figures kam shows, when a decision is recorded, then they are its basis; without them it is refused"
  )
  func decision() {
    let command = RecordDecision(
      id: "d1", client: slug("acme"), kind: .reduceContact, note: "quiet", date: day("2026-03-01"))
    let basis = DecisionBasis(
      stage: "cooperation", profit: money(500), paretoClass: "B", keyAccountReasons: [],
      churnRisk: 0.25, policyVersion: 1)
    #expect(
      command.decide(given: basis).events == [
        .decisionRecorded(
          DecisionRecorded(
            decision: "d1", client: slug("acme"), kind: .reduceContact, note: "quiet",
            basis: basis.json.text))
      ])
    #expect(command.occurredAt == noon("2026-03-01"))
    let refusal = command.decide(given: nil).refusal
    #expect(refusal?.code == .unknownClient)
    #expect(refusal?.message == "no client \"acme\" in the book on 2026-03-01")
  }
}
