import KamBook
import KamDomain
import KamEventLog
import KamTestSupport
import KamTime
import Testing

@Suite("The book runs a command's decider against the history it appends after")
struct CommandTests {
  let acme = ClientSlug(rawValue: "acme")!
  let on = CalendarDate(iso: "2026-11-20")!.start.advanced(byMilliseconds: 43_200_000)

  func book(_ folder: TemporaryDirectory, _ store: BookStoreKind) throws -> Book {
    try store.book(in: folder)
  }

  @Test(
    "given a registered client, when complaints are filed, then each gets the next id",
    arguments: BookStoreKind.available)
  func decidedEvents(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try book(folder, store)
    try book.execute(
      RegisterClient(ClientRegistered(client: acme, name: "ACME"), occurredAt: on),
      context: AppendContext(actor: "ann"))
    for expected in ["acme-1", "acme-2"] {
      let recorded = try book.execute(
        FileComplaint(client: acme, severity: .low, about: "late", occurredAt: on),
        context: AppendContext(actor: "ann"))
      guard case .complaintFiled(let filed)? = recorded.decided.first else {
        Issue.record("no complaint filed")
        return
      }
      #expect(filed.complaint == expected)
      #expect(recorded.events.map(\.type) == [ComplaintFiled.type])
      #expect(recorded.events.first?.occurredAt == on)
      #expect(recorded.stopped == nil)
    }
  }

  @Test(
    "when a command is refused, then its refusal is the book's error and nothing is appended",
    arguments: BookStoreKind.available)
  func refused(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try book(folder, store)
    let before = try book.lastSequence()
    let sale = SaleRecorded(client: acme, amount: Money(minorUnits: 100), cost: .zero)
    #expect {
      try book.execute(RecordSale(sale, occurredAt: on), context: AppendContext(actor: "ann"))
    } throws: { error in
      let error = error as? BookError
      return error?.code == .refused && error?.refusal?.code == .unknownClient
        && error?.message == "no client \"acme\" in the book"
    }
    #expect(try book.lastSequence() == before)
  }

  @Test(
    "when an event is retracted twice, then the second is refused as the decider words it",
    arguments: BookStoreKind.available)
  func retraction(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try book(folder, store)
    let stored = try book.execute(
      RegisterClient(ClientRegistered(client: acme, name: "ACME"), occurredAt: on),
      context: AppendContext(actor: "ann"))
    let seq = stored.events[0].seq
    try book.retract(seq, reason: "test", context: AppendContext(actor: "ann"))
    #expect {
      try book.retract(seq, reason: "again", context: AppendContext(actor: "ann"))
    } throws: { error in
      (error as? BookError)?.refusal?.code == .retractedAlready
    }
  }
}
