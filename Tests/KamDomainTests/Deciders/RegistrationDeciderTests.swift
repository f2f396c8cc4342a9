import KamDomain
import Testing

@Suite("Deciders: registering clients and prospects")
struct RegistrationDeciderTests {
  let at = noon("2026-02-01")
  let registration = ClientRegistered(client: slug("acme"), name: "ACME S.A.", owner: "anna")
  let prospect = ProspectRegistered(client: slug("acme"), name: "ACME", winProbability: 0.8)

  @Test("given no events, when a client is registered, then it is")
  func newClient() {
    let decided = RegisterClient(registration, occurredAt: at).decide(given: nil)
    #expect(decided.events == [.clientRegistered(registration)])
  }

  @Test("given a registered client, when it is registered again, then it exists already")
  func twice() {
    let given = GivenClient.registered()
    for command in [
      RegisterClient(registration, occurredAt: at) as any ClientCommand,
      RegisterProspect(prospect, occurredAt: at),
    ] {
      let refusal = command.decide(given: given.history).refusal
      #expect(refusal?.code == .clientExists)
      #expect(refusal?.message == "client \"acme\" exists already")
    }
  }

  @Test("given a retracted registration, when the slug is registered again, then it is")
  func afterRetraction() {
    var given = GivenClient.registered()
    given.retract(1, on: "2026-01-02")
    let decided = RegisterClient(registration, occurredAt: at).decide(given: given.history)
    #expect(decided.events == [.clientRegistered(registration)])
  }

  @Test(
    "given a prospect with no sale, when it is registered as a prospect again, then its terms change"
  )
  func prospectAgain() {
    var given = GivenClient("acme")
    given.prospect(winProbability: 0.3, on: "2026-01-01")
    let decided = RegisterProspect(prospect, occurredAt: at).decide(given: given.history)
    #expect(decided.events == [.prospectRegistered(prospect)])
  }

  @Test(
    "given a prospect that has bought, or one registered as a client, when it is registered as a prospect, then it exists already",
    arguments: [true, false])
  func notAProspectAgain(bought: Bool) {
    var given = GivenClient("acme")
    if bought {
      given.prospect(winProbability: 0.3, on: "2026-01-01")
      given.sale(100, on: "2026-01-10")
    } else {
      given.registered(on: "2026-01-01")
    }
    let refusal = RegisterProspect(prospect, occurredAt: at).decide(given: given.history).refusal
    #expect(refusal?.code == .clientExists)
  }

  @Test("given a prospect, when it is registered as a client, then it exists already")
  func prospectAsClient() {
    var given = GivenClient("acme")
    given.prospect(winProbability: 0.3, on: "2026-01-01")
    let refusal = RegisterClient(registration, occurredAt: at).decide(given: given.history).refusal
    #expect(refusal?.code == .clientExists)
  }
}
