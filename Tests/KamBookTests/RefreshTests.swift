import KamBook
import KamDomain
import KamEventLog
import KamTestSupport
import KamTime
import Testing

/// ``Book/refresh(on:)``: the day's listings kept ahead of the queries that read them.
@Suite("Refreshing the day's listings, on every store")
struct RefreshTests {
  static let day = StoredModelsTests.day

  /// Checks that a refresh of `book` keeps both listings at the log's last event, and that
  /// they are what a fresh evaluation gives.
  static func expectRefreshed(_ book: Book, _ what: Comment) throws {
    let head = try book.lastSequence()
    let summary = try book.refresh(on: Self.day)
    #expect(summary.kept, what)
    #expect(summary.head == head, what)
    let clients = try StoredListingTests.fresh(book, on: Self.day)
    let risks = try StoredListingTests.freshRisk(book, on: Self.day)
    #expect(summary.clients == clients.count && summary.risks == risks.count, what)
    let stored = try #require(
      try StoredModelsTests.storedParts(book, Book.clientListingName, on: Self.day))
    #expect(stored.logSeqs == [head], what)
    #expect(try ClientListing.decoded(parts: stored.parts, on: Self.day) == clients, what)
    let storedRisk = try #require(
      try StoredModelsTests.storedParts(book, Book.riskListingName, on: Self.day))
    #expect(storedRisk.logSeqs == [head], what)
    #expect(
      try RiskListing.decoded(parts: storedRisk.parts, on: Self.day, policy: try book.policy())
        == risks, what)
    // The norms too: an established client is explained from what is kept, as a view would.
    let norms = try StoredModelsTests.stored(book, Book.serviceNormsName, on: Self.day)
    #expect(norms?.logSeq == head, what)
    var explained = 0
    for row in stride(from: 0, to: clients.count, by: 16).map({ clients[$0] }) {
      guard let read = try book.storedExplanation(of: row.client, on: Self.day) else { continue }
      explained += 1
      let focused = try book.explanation(
        of: row.client, on: Self.day, knownAt: StoredModelsTests.afterEverything)
      #expect(read == focused, "\(row.client): \(what)")
    }
    #expect(explained > 0, what)
  }

  @Test(
    "given a refreshed book, when each kind of event is recorded and the book refreshed, then the kept listings are a fresh evaluation's",
    arguments: BookStoreKind.available)
  func afterEveryKindOfEvent(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(store, in: folder)
    try Self.expectRefreshed(book, "nothing recorded")
    try Self.expectRefreshed(book, "refreshed again, read back")
    try RiskFactsTests.record(book, RiskFactsTests.sale(1_000_000), on: "2026-11-28")
    try Self.expectRefreshed(book, "a sale on the day")
    try RiskFactsTests.record(book, RiskFactsTests.sale(2_000_000), on: "2024-06-01")
    try Self.expectRefreshed(book, "a backdated sale")
    let context = RandomBook.context(100)
    _ = try book.retract(try book.lastSequence(), reason: "typo", context: context)
    try Self.expectRefreshed(book, "a retraction")
    let meeting = DomainEvent.meetingHeld(
      MeetingHeld(client: RiskFactsTests.client, kind: .visit, minutes: 600))
    try RiskFactsTests.record(book, meeting, on: "2026-11-28")
    try Self.expectRefreshed(book, "a meeting")
    var policy = try book.policy()
    policy.windowDays = 180
    _ = try book.setPolicy(policy, context: context)
    try Self.expectRefreshed(book, "a policy change")
  }

  @Test(
    "given listings kept by a refresh, when a sale is recorded, then the next listing is evaluated, not read",
    arguments: BookStoreKind.available)
  func staleAfterAWrite(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(store, in: folder)
    let before = try book.refresh(on: Self.day)
    try RiskFactsTests.record(book, RiskFactsTests.sale(9_000_000), on: "2026-11-28")
    #expect(try book.lastSequence() > before.head)
    #expect(
      try book.listing(on: Self.day).rows == (try StoredListingTests.fresh(book, on: Self.day)))
  }
}
