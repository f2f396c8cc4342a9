import KamBook
import KamDomain
import KamEventLog
import KamTestSupport
import KamTime
import Testing

/// One client's explanation (`kam explain`), read from what the book keeps of the log as it
/// stands: exactly what a view focused on the client gives, and only while the log stands.
@Suite("Explanations from stored listings, on every store")
struct ExplanationTests {
  static let day = StoredModelsTests.day

  /// Checks that the explanations on `day` of every eighth client in the listing, and of
  /// `also`, are the ones a focused view gives once the listings are kept (a focused view
  /// reads every history: all 120 clients took minutes on PostgreSQL); and that the
  /// stored path gave at least `stored` of them.
  static func expectFocused(
    _ book: Book, on day: CalendarDate, stored atLeast: Int = 1, also: ClientSlug? = nil
  ) throws {
    let listed = try book.listing(on: day).rows.map(\.client)
    let clients =
      stride(from: 0, to: listed.count, by: 8).map { listed[$0] }
      + (also.map { [$0] } ?? [])
    _ = try book.riskListing(on: day)
    // The first explanation weighs the client against every history and keeps the norms.
    if let first = clients.first { _ = try book.explanation(of: first, on: day) }
    var stored = 0
    for client in clients {
      let focused = try #require(
        try book.explanation(of: client, on: day, knownAt: StoredModelsTests.afterEverything))
      if let read = try book.storedExplanation(of: client, on: day) {
        stored += 1
        #expect(read == focused, "\(client) on \(day)")
      }
      #expect(try book.explanation(of: client, on: day) == focused, "\(client) on \(day)")
    }
    #expect(stored >= atLeast, "explained from the stored listings: \(stored)")
  }

  @Test(
    "given kept listings and norms, when an established client is explained, then the explanation is the focused view's",
    arguments: BookStoreKind.available)
  func storedIsFocused(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(store, in: folder)
    try Self.expectFocused(book, on: Self.day, stored: 10)
  }

  @Test(
    "given kept listings and norms, when a sale, a backdated sale, a retraction, a meeting, a complaint or a policy change is recorded, then the stored parts are not read until kept again, and the explanations are still the focused view's",
    arguments: BookStoreKind.available)
  func anyEventMakesThemStale(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(store, in: folder)
    try Self.expectFocused(book, on: Self.day)
    let client = RiskFactsTests.client
    let context = RandomBook.context(100)
    func record(_ event: DomainEvent, on day: String) throws {
      try RiskFactsTests.record(book, event, for: client, on: day)
      #expect(try book.storedExplanation(of: client, on: Self.day) == nil)
      try Self.expectFocused(book, on: Self.day, also: client)
    }
    try record(RiskFactsTests.sale(5_000_000), on: "2026-11-28")
    try record(RiskFactsTests.sale(9_000_000), on: "2026-03-01")
    try record(
      .meetingHeld(MeetingHeld(client: client, kind: .visit, minutes: 600)), on: "2026-11-28")
    try record(
      .complaintFiled(
        ComplaintFiled(client: client, complaint: "c-1", severity: .high, about: "late")),
      on: "2026-11-25")
    _ = try book.retract(try book.lastSequence(), reason: "typo", context: context)
    #expect(try book.storedExplanation(of: client, on: Self.day) == nil)
    try Self.expectFocused(book, on: Self.day, also: client)
    var policy = try book.policy()
    policy.windowDays = 180
    _ = try book.setPolicy(policy, context: context)
    #expect(try book.storedExplanation(of: client, on: Self.day) == nil)
    try Self.expectFocused(book, on: Self.day, also: client)
  }

  @Test(
    "given random histories with meetings, complaints and strategic marks, when clients are explained on two days, then each is the focused view's",
    arguments: BookStoreKind.available, [61, 62] as [UInt64])
  func randomHistories(store: BookStoreKind, seed: UInt64) throws {
    let folder = TemporaryDirectory()
    let random = try RandomBook(store, in: folder, seed: seed, commands: 80)
    // In 2025 every client is in its first year, explained from a view; a year on, most
    // are established, explained from what is kept.
    try Self.expectFocused(random.book, on: CalendarDate(iso: "2025-09-30")!, stored: 0)
    try Self.expectFocused(random.book, on: CalendarDate(iso: "2026-11-28")!, stored: 1)
  }

  @Test(
    "given kept listings, when kam service reports the quarter, then its norms are kept, and an explanation reads them"
  )
  func serviceKeepsTheNorms() throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(.memory, in: folder)
    let client = RiskFactsTests.client
    _ = try book.listing(on: Self.day)
    _ = try book.riskListing(on: Self.day)
    #expect(try book.storedExplanation(of: client, on: Self.day) == nil)
    let report = try book.service(in: ClientExplanation.servicePeriod(endingOn: Self.day))
    let kept = try #require(
      try StoredModelsTests.stored(book, Book.serviceNormsName, on: Self.day))
    #expect(try ServiceNorms(encoded: kept.body, period: report.period) == report.norms)
    #expect(
      try book.storedExplanation(of: client, on: Self.day)
        == book.explanation(of: client, on: Self.day, knownAt: StoredModelsTests.afterEverything))
    // Another period's norms are not explain's: none is kept for them.
    _ = try book.service(in: Self.day.adding(days: -29)..<Self.day.adding(days: 1))
    #expect(try StoredModelsTests.stored(book, Book.serviceNormsName, on: Self.day) == kept)
  }

  @Test(
    "given norms kept at the log's last event, when they are doctored, then the stored explanation's verdict reads them"
  )
  func theKeptNormsAreRead() throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(.memory, in: folder)
    try Self.expectFocused(book, on: Self.day)
    let client = try #require(
      try book.listing(on: Self.day).rows.first { row in
        (try? book.storedExplanation(of: row.client, on: Self.day))??.service != nil
      }
    ).client
    let before = try #require(try book.storedExplanation(of: client, on: Self.day)?.service)
    let period = ClientExplanation.servicePeriod(endingOn: Self.day)
    let kept = try #require(
      try StoredModelsTests.stored(book, Book.serviceNormsName, on: Self.day))
    var norms = try ServiceNorms(encoded: kept.body, period: period)
    #expect(norms.ownerProfit[before.owner] != nil)
    norms.ownerProfit[before.owner] = Int64.max / 2
    try book.store.writing { tx in
      try tx.save(
        StoredModel(
          name: Book.serviceNormsName, day: Self.day, logSeq: kept.logSeq, body: norms.encoded))
    }
    let after = try #require(try book.storedExplanation(of: client, on: Self.day)?.service)
    #expect(after.valueShare != before.valueShare)
  }

  @Test(
    "given service norms with and without tiers and owners, when encoded and read back, then they are equal, and another period's or damaged bytes are refused"
  )
  func normsEncoding() throws {
    let period = ClientExplanation.servicePeriod(endingOn: Self.day)
    let norms = ServiceNorms(
      period: period, usualMeetings: [.key: 2.5, .classC: 0], usualMinutes: [.key: 90],
      ownerMinutes: ["Anna Nowak": 600, "(unassigned)": 0],
      ownerProfit: ["Anna Nowak": Int64.max, "(unassigned)": 12])
    #expect(try ServiceNorms(encoded: norms.encoded, period: period) == norms)
    let empty = ServiceNorms(
      period: period, usualMeetings: [:], usualMinutes: [:], ownerMinutes: [:], ownerProfit: [:])
    #expect(try ServiceNorms(encoded: empty.encoded, period: period) == empty)
    let other = ClientExplanation.servicePeriod(endingOn: Self.day.adding(days: 1))
    #expect(throws: SnapshotError.self) { try ServiceNorms(encoded: norms.encoded, period: other) }
    #expect(throws: SnapshotError.self) {
      try ServiceNorms(encoded: norms.encoded.dropLast(1).map { $0 }, period: period)
    }
  }

  @Test(
    "given a risk listing, when one client's row is read from its bytes, then it is that client's row of the whole listing"
  )
  func oneRiskRow() throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(.memory, in: folder)
    let listing = try book.riskListing(on: Self.day)
    let parts = RiskListing.encodedParts(listing.rows, on: Self.day)
    for row in listing.rows {
      #expect(
        try RiskListing.decoded(
          part: parts[ListingParts.part(of: row.client.client)], on: Self.day,
          policy: listing.policy, client: row.client.client) == row)
    }
    let nosuch = ClientSlug(rawValue: "nosuch")!
    #expect(
      try RiskListing.decoded(
        part: parts[ListingParts.part(of: nosuch)], on: Self.day, policy: listing.policy,
        client: nosuch) == nil)
  }
}
