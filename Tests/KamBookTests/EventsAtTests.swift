import KamBook
import KamDomain
import KamEventLog
import KamTestSupport
import KamTime
import Testing

@Suite("The events at given positions, read in one statement, on every store")
struct EventsAtTests {
  let context = AppendContext(actor: "ann")

  @Test(
    "given clients with sales, when positions are asked in any order, with repeats and gaps, then each is read once, in log order, as read alone",
    arguments: BookStoreKind.available)
  func eventsAt(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try store.book(in: folder)
    let day = CalendarDate(iso: "2026-03-02")!.start
    for slug in ["acme", "bolt"] {
      let client = ClientSlug(rawValue: slug)!
      try book.execute(
        RegisterClient(ClientRegistered(client: client, name: slug), occurredAt: day),
        context: context)
      for cents in [1_000, 2_500, 40_000] {
        try book.execute(
          RecordSale(
            SaleRecorded(client: client, amount: Money(minorUnits: Int64(cents)), cost: .zero),
            occurredAt: day.advanced(byMilliseconds: Int64(cents))), context: context)
      }
    }
    let last = try book.lastSequence().rawValue
    let asked = [last, 3, 1, 3, last + 5, 0, -2, 2, last - 1].map { SequenceNumber(rawValue: $0) }
    let found = try book.events(at: asked)
    #expect(
      found.map(\.seq) == [
        1, 2, 3, SequenceNumber(rawValue: last - 1), SequenceNumber(rawValue: last),
      ])
    for event in found {
      #expect(event == (try book.event(at: event.seq)))
    }
    // As for a fold (what a table's causes are read as): the same events, their ids and
    // hashes possibly left out, everything a fold or a cause's words read the same.
    let folded = try book.events(at: asked, fold: true)
    #expect(folded.map(\.seq) == found.map(\.seq))
    for (event, full) in zip(folded, found) {
      #expect(event.stream == full.stream && event.streamVersion == full.streamVersion)
      #expect(event.type == full.type && event.typeVersion == full.typeVersion)
      #expect(event.payload == full.payload && event.occurredAt == full.occurredAt)
      #expect(event.recordedAt == full.recordedAt && event.actor == full.actor)
      #expect(event.commandID == full.commandID)
    }
    #expect(try book.events(at: [SequenceNumber]()).isEmpty)
  }
}
