import KamDomain
import Testing

@Suite("Deciders: joint initiatives")
struct InitiativeDeciderTests {
  let acme = slug("acme")

  func end(_ id: String, on date: String) -> EndInitiative {
    EndInitiative(client: acme, initiative: id, occurredAt: noon(date))
  }

  @Test("given one initiative, when another starts with a last day, then it is the second")
  func numbering() {
    var given = GivenClient.registered()
    given.initiative("acme-i1", from: "2026-01-10")
    let command = StartInitiative(
      client: acme, kind: .coDevelopment, occurredAt: noon("2026-03-01"),
      lastDay: day("2026-12-31"))
    #expect(
      command.decide(given: given.history).events == [
        .initiativeStarted(
          InitiativeStarted(
            client: acme, initiative: "acme-i2", kind: .coDevelopment, from: day("2026-03-01"),
            to: day("2026-12-31")))
      ])
  }

  @Test(
    "when an initiative would end before it starts, then it is refused before any history is asked")
  func endsBeforeItStarts() {
    let command = StartInitiative(
      client: acme, kind: .jointTeam, occurredAt: noon("2025-03-01"), lastDay: day("2025-02-01"))
    let refusal = command.validate()
    #expect(refusal?.code == .beforeStart)
    #expect(
      refusal?.message { "--" + $0 }
        == "--to 2025-02-01 is before --from 2025-03-01: an initiative cannot end before it starts")
    #expect(command.decide(given: GivenClient.registered().history).refusal == refusal)
  }

  @Test(
    "given an open initiative, when it ends on or after its first day, then it does",
    arguments: ["2026-01-10", "2026-06-30"])
  func ends(on date: String) {
    var given = GivenClient.registered()
    given.initiative("acme-i1", from: "2026-01-10")
    #expect(
      end("acme-i1", on: date).decide(given: given.history).events == [
        .initiativeEnded(InitiativeEnded(client: acme, initiative: "acme-i1", on: day(date)))
      ])
  }

  @Test("given an ended initiative, when it is ended again, then its last day moves")
  func endedAgain() {
    var given = GivenClient.registered()
    given.initiative("acme-i1", from: "2026-01-10")
    given.ended("acme-i1", on: "2026-03-01")
    #expect(end("acme-i1", on: "2026-04-01").decide(given: given.history).events?.count == 1)
  }

  @Test("given an open initiative, when it ends before it started, then it is refused")
  func beforeStart() {
    var given = GivenClient.registered()
    given.initiative("acme-i1", from: "2026-01-10")
    let refusal = end("acme-i1", on: "2026-01-09").decide(given: given.history).refusal
    #expect(refusal?.code == .beforeStart)
    #expect(refusal?.message == "on 2026-01-09 is before the initiative started (2026-01-10)")
  }

  @Test(
    "given a retracted initiative or none, when it is ended, then the client has no such initiative",
    arguments: [true, false])
  func unknown(retracted: Bool) {
    var given = GivenClient.registered()
    if retracted {
      let started = given.initiative("acme-i1", from: "2026-01-10")
      given.retract(started, on: "2026-01-11")
    }
    let refusal = end("acme-i1", on: "2026-02-01").decide(given: given.history).refusal
    #expect(refusal?.code == .unknownInitiative)
    #expect(refusal?.message == "client acme has no initiative \"acme-i1\"")
  }
}
