import KamDomain
import KamTime
import Testing

@Suite("A client's history cut back to an earlier event")
struct ClientHistoryTruncationTests {
  @Test(
    "given random histories of every kind of fact, when cut back to each event, then each equals the fold of the events up to it",
    arguments: 0..<60 as Range<UInt64>)
  func equalsFoldOfPrefix(seed: UInt64) {
    let given = RandomHistory(seed: seed, everyKind: true).given
    let history = given.history
    #expect(history.truncated(through: 0) == nil)
    var folded = ClientHistory(client: Given.client)
    for event in given.events {
      folded.apply(event)
      let cut = history.truncated(through: event.seq)
      #expect(cut == folded, "seed \(seed), through \(event.seq)")
      // The bytes cover what equality leaves out: names, owners, terms, endings.
      #expect(cut?.snapshot == folded.snapshot, "seed \(seed), through \(event.seq)")
      #expect(cut?.name == folded.name && cut?.owner == folded.owner)
      #expect(cut?.segment == folded.segment)
      #expect(cut?.winProbability == folded.winProbability)
    }
    #expect(history.truncated(through: given.seq + 10) == history)
  }

  @Test("given a second ending retracted, when cut back before it, then the first ending stands")
  func endings() throws {
    var given = Given()
    given.initiative("i1", from: 0, to: 100)
    let first = given.initiativeEnded("i1", last: 50, on: 50)
    let second = given.initiativeEnded("i1", last: 60, on: 60)
    let history = given.history
    #expect(history.initiatives[0].to == Given.day(60))
    let cut = try #require(history.truncated(through: first))
    #expect(cut.initiatives[0].to == Given.day(50))
    #expect(cut.initiatives[0].endSeq == first)
    #expect(history.truncated(through: first - 1)?.initiatives[0].to == Given.day(100))
    // Retracting the second ending leaves the first, not the planned end.
    given.retract(second, on: 61)
    let standing = given.history.initiatives[0].standingEnding { !given.history.isRetracted($0) }
    #expect(standing?.lastDay == Given.day(50))
  }

  @Test("given a re-registration, when cut back before it, then the earlier name and terms stand")
  func registrations() throws {
    var given = GivenClient("acme")
    let first = given.prospect(winProbability: 0.25, on: "2026-01-02")
    given.event(
      .clientRegistered(ClientRegistered(client: slug("acme"), name: "Acme Two", owner: "ola")),
      on: "2026-01-03")
    let history = given.history
    #expect(history.name == "Acme Two" && history.owner == "ola")
    let cut = try #require(history.truncated(through: first))
    #expect(cut.name == "acme" && cut.owner == nil && cut.winProbability == 0.25)
    #expect(cut.registeredAsProspect)
  }
}
