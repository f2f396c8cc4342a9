import KamDomain
import KamTime
import Testing

@Suite("Stage flow on a simulated book")
struct StageFlowTests {
  @Test(
    "given a simulated book, when its timelines are drawn, then round trips ≤ 2 % and stages move",
    arguments: [(UInt64(1), 200), (2, 300)])
  func roundTrips(seed: UInt64, clients: Int) {
    let book = SimulatedHistory(seed: seed, clients: clients, years: 3)
    let timelines = book.histories.map {
      StageTimeline($0, through: book.endDate, policy: Policy())
    }
    let flow = StageFlow(timelines)
    #expect(flow.roundTripShare <= 0.02, "\(flow.roundTrips) of \(flow.transitionsAfterFirst)")
    // At least one transition after the first per two buying clients over three years.
    #expect(flow.transitionsPerBuyingClient >= 0.5, "\(flow.transitionsPerBuyingClient)")
  }

  @Test("given X → Y → X within 30 days, when counted, then one round trip")
  func counting() {
    var given = Given.partner()
    given.complaint("c1", on: 210)
    given.resolved("c1", on: 320)
    let flow = StageFlow([given.timeline(through: 360)])
    // Transactional, then cooperation, partnership, cooperation, partnership.
    #expect(flow.transitionsAfterFirst == 4)
    #expect(flow.roundTrips == 1 && flow.clientsWithRoundTrips == 1)
    #expect(flow.buyingClients == 1 && flow.current == [.partnership: 1])
  }
}
