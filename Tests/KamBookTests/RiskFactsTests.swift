import KamBook
import KamDomain
import KamEventLog
import KamPurchaseModel
import KamTestSupport
import KamTime
import Testing

/// The clients' risk facts a book keeps between writes (``BookRiskFacts``): caught up
/// client by client after a write, and then the very facts, and models, a fresh fold gives.
@Suite("Kept risk facts, on every store")
struct RiskFactsTests {
  static let day = StoredModelsTests.day
  static let client = ClientSlug(rawValue: "client-7")!

  /// The facts of the log folded afresh, under its policy as it stands.
  static func fresh(_ book: Book) throws -> BookRiskFacts {
    BookRiskFacts(Array(try book.foldedHistories().values), policy: try book.policy())
  }

  /// A book of ``StoredModelsTests/buyingBook(_:in:)`` with its projections caught up, as
  /// every kam command leaves them: the facts are caught up from the snapshots.
  static func buyingBook(_ store: BookStoreKind, in folder: TemporaryDirectory) throws -> Book {
    let book = try StoredModelsTests.buyingBook(store, in: folder)
    try book.catchUp()
    return book
  }

  /// Checks, with the projections caught up, that the caught-up facts and the models
  /// fitted from them are a fresh fold's.
  static func expectFresh(_ book: Book, _ what: String) throws {
    try book.catchUp()
    #expect(try book.riskFacts() == (try fresh(book)), "facts after \(what)")
    let view = try book.view(on: day, knownAt: StoredModelsTests.afterEverything)
    let models = try book.riskModels(on: day)
    #expect(models.risk == view.risk.models, "churn models after \(what)")
    let spend = BookSpendModel(view.rows.map(\.history), on: day)
    #expect(models.spend == spend.fit, "spend model after \(what)")
    // Each client's spend summary too, not only the fit they give.
    #expect(BookSpendModel(try fresh(book), on: day) == spend, "spend summaries after \(what)")
    // The owners' attention reads the same facts.
    let histories = Array(try book.foldedHistories().values)
    let policy = try book.policy()
    for period in [CalendarPeriod.quarterly, .monthly] {
      #expect(
        try book.attention(through: day, period: period)
          == AttentionReport(histories, through: day, policy: policy, period: period),
        "attention after \(what)")
    }
  }

  /// The row the facts are kept in.
  static func kept(_ book: Book) throws -> StoredModel? {
    try book.store.reading { tx in try tx.storedModel(Book.riskFactsName, on: Book.riskFactsDay) }
  }

  /// Records `event` for `client`, occurring at noon on `day`.
  static func record(
    _ book: Book, _ event: DomainEvent, for client: ClientSlug = client, on day: String,
    _ n: Int = 100
  ) throws {
    try book.record(client: client, context: RandomBook.context(n)) { _ in
      [
        PendingEvent(
          event, occurredAt: CalendarDate(iso: day)!.start.advanced(byMilliseconds: 43_200_000))
      ]
    }
  }

  static func sale(_ minor: Int64, for client: ClientSlug = client) -> DomainEvent {
    .saleRecorded(
      SaleRecorded(
        client: client, amount: Money(minorUnits: minor), cost: Money(minorUnits: minor / 2)))
  }

  @Test(
    "given kept facts, when each kind of event is recorded, then the facts caught up and the models fitted from them are a fresh fold's",
    arguments: BookStoreKind.available)
  func everyKindOfEvent(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try Self.buyingBook(store, in: folder)
    _ = try book.riskModels(on: Self.day)
    let first = try #require(try Self.kept(book))
    #expect(first.logSeq == (try book.lastSequence()))
    try Self.expectFresh(book, "nothing")

    try Self.record(book, Self.sale(1_000_000), on: "2026-11-28")
    try Self.expectFresh(book, "a sale on the day")
    try Self.record(book, Self.sale(2_000_000), on: "2024-06-01")
    try Self.expectFresh(book, "a backdated sale")
    _ = try book.retract(try book.lastSequence(), reason: "typo", context: RandomBook.context(101))
    try Self.expectFresh(book, "a retraction")
    try Self.record(
      book, .meetingHeld(MeetingHeld(client: Self.client, kind: .visit, minutes: 90)),
      on: "2026-11-20")
    try Self.expectFresh(book, "a meeting")
    try Self.record(
      book,
      .complaintFiled(
        ComplaintFiled(client: Self.client, complaint: "late", severity: .high, about: "x")),
      on: "2026-11-21")
    try Self.expectFresh(book, "a complaint")
    try Self.record(
      book,
      .clientReassigned(ClientReassigned(client: Self.client, owner: "someone-else")),
      on: "2026-11-22")
    try Self.expectFresh(book, "a new owner")
    let newcomer = ClientSlug(rawValue: "aaa-newcomer")!
    try Self.record(
      book, .clientRegistered(ClientRegistered(client: newcomer, name: "New")), for: newcomer,
      on: "2026-11-01")
    try Self.record(book, Self.sale(50_000, for: newcomer), for: newcomer, on: "2026-11-02")
    try Self.expectFresh(book, "a new client first in slug order")
    // Still the facts kept at the first fit: a few events are caught up, not rewritten.
    #expect(try Self.kept(book)?.logSeq == first.logSeq)

    var policy = try book.policy()
    policy.riskHorizonDays = 90
    _ = try book.setPolicy(policy, context: RandomBook.context(102))
    try Self.expectFresh(book, "a policy change that prices nothing")
    policy.hourlyRateMinor += 5_000
    _ = try book.setPolicy(policy, context: RandomBook.context(103))
    try Self.expectFresh(book, "a new hourly rate, which prices every meeting again")
    // Made afresh at the new rate, so kept.
    #expect(try Self.kept(book)?.logSeq == (try book.lastSequence()))
  }

  @Test(
    "given kept facts, when more events than are caught up cheaply follow, then the facts caught up are kept in their place"
  )
  func keptAgainWhenFarBehind() throws {
    let folder = TemporaryDirectory()
    let book = try Self.buyingBook(.memory, in: folder)
    _ = try book.riskModels(on: Self.day)
    let first = try #require(try Self.kept(book)).logSeq
    for n in 0..<Book.riskFactsKeptBehind {
      try Self.record(book, Self.sale(1_000 + Int64(n)), on: "2026-10-01", 200 + n)
    }
    try book.catchUp()
    _ = try book.riskModels(on: Self.day)
    #expect(try Self.kept(book)?.logSeq == first, "exactly the limit behind: caught up, not kept")
    try Self.record(book, Self.sale(999), on: "2026-10-02", 999)
    try Self.expectFresh(book, "a stretch one longer than the limit")
    #expect(try Self.kept(book)?.logSeq == (try book.lastSequence()))
  }

  @Test(
    "given kept facts, when the models are fitted after a write, then they are fitted from the kept facts"
  )
  func theKeptFactsAreRead() throws {
    let folder = TemporaryDirectory()
    let book = try Self.buyingBook(.sqlite, in: folder)
    _ = try book.riskModels(on: Self.day)
    let kept = try #require(try Self.kept(book))
    // Facts of a book without its first half of clients, kept as if they were the book's.
    let histories = try book.foldedHistories().values.filter { $0.client.rawValue > "client-5" }
    let partial = BookRiskFacts(Array(histories), policy: try book.policy())
    try book.store.writing { tx in
      try tx.save(
        StoredModel(
          name: Book.riskFactsName, day: Book.riskFactsDay, logSeq: kept.logSeq,
          body: partial.encoded))
    }
    try Self.record(book, Self.sale(1_000_000), on: "2026-11-28")
    try book.catchUp()
    var caughtUp = partial
    caughtUp.update(
      Self.client, with: try book.foldedHistories()[Self.client], policy: try book.policy())
    #expect(try book.riskFacts() == caughtUp)
    #expect(try book.riskFacts() != (try Self.fresh(book)))
  }

  @Test(
    "given a random book with meetings, when the owners' attention is asked before and after the facts are kept and after a meeting, then it is the report of every history",
    arguments: BookStoreKind.available, [5, 6] as [UInt64])
  func attention(store: BookStoreKind, seed: UInt64) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(store, in: folder, seed: seed, commands: 120, catchUp: .afterEach)
      .book
    let day = CalendarDate(iso: "2025-12-31")!
    let since = CalendarDate(iso: "2025-03-01")
    func expectTheHistories(_ what: String) throws {
      let report = AttentionReport(
        Array(try book.foldedHistories().values), through: day, policy: try book.policy(),
        period: .monthly, since: since)
      #expect(report.rows.count > 1, "a report with rows \(what)")
      #expect(
        try book.attention(through: day, period: .monthly, since: since) == report,
        "attention \(what)")
    }
    try expectTheHistories("with no facts kept")
    #expect(try Self.kept(book) != nil, "made afresh, so kept")
    try expectTheHistories("from the kept facts")
    let acme = ClientSlug(rawValue: "acme")!
    try Self.record(
      book, .meetingHeld(MeetingHeld(client: acme, kind: .visit, minutes: 45)), for: acme,
      on: "2025-11-20", 500)
    try book.catchUp()
    try expectTheHistories("after one more meeting, caught up")
  }

  @Test(
    "given a book's facts, when encoded and read back, then they are equal; damaged bytes are refused"
  )
  func encoding() throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(.memory, in: folder, seed: 7, commands: 80).book
    let facts = try Self.fresh(book)
    #expect(try BookRiskFacts(encoded: facts.encoded) == facts)
    let big = try Self.fresh(try Self.buyingBook(.memory, in: folder))
    #expect(try BookRiskFacts(encoded: big.encoded) == big)
    let bytes = facts.encoded
    #expect(throws: SnapshotError.self) { try BookRiskFacts(encoded: Array(bytes.dropLast())) }
    #expect(throws: SnapshotError.self) { try BookRiskFacts(encoded: bytes + [0]) }
    #expect(throws: SnapshotError.self) { try BookRiskFacts(encoded: []) }
  }
}
