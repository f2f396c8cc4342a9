import KamBook
import KamDomain
import KamEventLog
import KamTestSupport
import KamTime
import Testing

/// Every client's listing for a day (``ClientListing``), kept by the book: read back only
/// while the log is unchanged, and then exactly what evaluating every client gives.
@Suite("Stored client listings, on every store")
struct StoredListingTests {
  static let day = StoredModelsTests.day

  /// The listing a fresh evaluation gives: a view known after everything neither reads nor
  /// stores anything.
  static func fresh(_ book: Book, on day: CalendarDate) throws -> [ClientListing] {
    BookListing(try book.view(on: day, knownAt: StoredModelsTests.afterEverything)).rows
  }

  /// The risk listing a fresh evaluation gives, as ``fresh(_:on:)``.
  static func freshRisk(_ book: Book, on day: CalendarDate) throws -> [RiskListing] {
    let view = try book.view(on: day, knownAt: StoredModelsTests.afterEverything, usingFit: false)
    return BookListing(view, spend: try book.spendModel(view)).rows
  }

  /// Checks that the book's listings on `day` are a fresh evaluation's, asked twice (the
  /// second time read back), and that the ones stored are of the log's last event.
  static func expectFresh(_ book: Book, on day: CalendarDate) throws {
    let head = try book.lastSequence()
    let fresh = try fresh(book, on: day)
    #expect(try book.listing(on: day).rows == fresh)
    let stored = try #require(
      try StoredModelsTests.storedParts(book, Book.clientListingName, on: day))
    #expect(stored.logSeqs == [head])
    #expect(try ClientListing.decoded(parts: stored.parts, on: day) == fresh)
    #expect(try book.listing(on: day).rows == fresh)
    // One client's row, as kam show reads it, is its row of the whole listing.
    for row in fresh {
      #expect(try book.storedListing(of: row.client, on: day)?.listing.rows == [row])
    }

    let risk = try freshRisk(book, on: day)
    #expect(try book.riskListing(on: day).rows == risk)
    let storedRisk = try #require(
      try StoredModelsTests.storedParts(book, Book.riskListingName, on: day))
    #expect(storedRisk.logSeqs == [head])
    #expect(
      try RiskListing.decoded(parts: storedRisk.parts, on: day, policy: try book.policy()) == risk)
    #expect(try book.riskListing(on: day).rows == risk)
  }

  @Test(
    "given a listing stored at the log's last event, when the book is listed again, then the stored rows are what it reads",
    arguments: BookStoreKind.available)
  func readBackOnAnUnchangedLog(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(store, in: folder)
    try Self.expectFresh(book, on: Self.day)
    var altered = try book.listing(on: Self.day).rows
    altered[0].name = "read back"
    let head = try book.lastSequence()
    try book.store.writing { tx in
      for (part, body) in ClientListing.encodedParts(altered, on: Self.day).enumerated() {
        try tx.save(
          StoredModel(
            name: Book.partName(Book.clientListingName, part), day: Self.day, logSeq: head,
            body: body))
      }
    }
    #expect(try book.listing(on: Self.day).rows == altered)
    // Of an instant, the book evaluates: it neither reads nor replaces what is stored.
    let known = try book.listing(on: Self.day, knownAt: StoredModelsTests.afterEverything)
    #expect(known.rows == (try Self.fresh(book, on: Self.day)))
    #expect(try book.listing(on: Self.day).rows == altered)
  }

  @Test(
    "given a listing kept whole, as kam kept it before parts, when the book is listed, then it is evaluated afresh and kept in parts",
    arguments: BookStoreKind.available)
  func wholeListingOfAnEarlierKam(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(store, in: folder)
    let head = try book.lastSequence()
    // Format 2 (zigzag varint 4), day 0, no rows: what an earlier kam's whole listing starts with.
    try book.store.writing { tx in
      for name in [Book.clientListingName, Book.riskListingName] {
        try tx.save(StoredModel(name: name, day: Self.day, logSeq: head, body: [4, 0, 0]))
      }
    }
    let client = try #require(try Self.fresh(book, on: Self.day).first?.client)
    #expect(try book.storedListing(of: client, on: Self.day) == nil)
    try Self.expectFresh(book, on: Self.day)
  }

  @Test(
    "given a stored listing, when a sale, a backdated sale, a retraction, a meeting or a policy change is recorded, then the next listing is evaluated afresh",
    arguments: BookStoreKind.available)
  func anyEventMakesItStale(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(store, in: folder)
    try Self.expectFresh(book, on: Self.day)
    let client = ClientSlug(rawValue: "client-7")!
    let context = RandomBook.context(100)
    func record(_ event: DomainEvent, on day: CalendarDate) throws {
      try book.record(client: client, context: context) { _ in
        [PendingEvent(event, occurredAt: day.start.advanced(byMilliseconds: 43_200_000))]
      }
    }
    let sale = { (minor: Int64) in
      DomainEvent.saleRecorded(
        SaleRecorded(
          client: client, amount: Money(minorUnits: minor), cost: Money(minorUnits: minor / 2)))
    }
    try record(sale(5_000_000), on: Self.day)
    try Self.expectFresh(book, on: Self.day)
    try record(sale(9_000_000), on: CalendarDate(iso: "2026-03-01")!)
    try Self.expectFresh(book, on: Self.day)
    _ = try book.retract(try book.lastSequence(), reason: "typo", context: context)
    try Self.expectFresh(book, on: Self.day)
    try record(.meetingHeld(MeetingHeld(client: client, kind: .visit, minutes: 600)), on: Self.day)
    try Self.expectFresh(book, on: Self.day)
    var policy = try book.policy()
    policy.windowDays = 180
    let set = try book.setPolicy(policy, context: context)
    try Self.expectFresh(book, on: Self.day)
    #expect(try book.listing(on: Self.day).policy == set)
  }

  @Test(
    "given stored models and listings, when the book is rebuilt, then none is left to read",
    arguments: BookStoreKind.available)
  func rebuildDropsThem(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try StoredModelsTests.buyingBook(store, in: folder)
    try Self.expectFresh(book, on: Self.day)
    try book.rebuild()
    for name in [
      Book.clientListingName, Book.riskListingName, Book.churnModelsName, Book.spendModelName,
    ] {
      #expect(try StoredModelsTests.stored(book, name, on: Self.day) == nil, "\(name)")
    }
    try Self.expectFresh(book, on: Self.day)
  }

  @Test(
    "given a random history, when it is listed on several days after every few commands, then each listing equals a fresh evaluation",
    arguments: BookStoreKind.available, [41, 42, 43] as [UInt64])
  func randomHistories(store: BookStoreKind, seed: UInt64) throws {
    let folder = TemporaryDirectory()
    let random = try RandomBook(store, in: folder, seed: seed, commands: 80)
    for day in ["2025-02-01", "2025-09-30", "2026-11-28"].map({ CalendarDate(iso: $0)! }) {
      try Self.expectFresh(random.book, on: day)
    }
  }

  @Test(
    "given a random history, when one client is viewed alone, then its row is the listing's row of it",
    arguments: [51, 52, 53] as [UInt64])
  func focusedRowsAreListingRows(seed: UInt64) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(.memory, in: folder, seed: seed, commands: 80).book
    for day in ["2025-09-30", "2026-11-28"].map({ CalendarDate(iso: $0)! }) {
      let listing = try book.listing(on: day)
      for row in listing.rows {
        let focused = try book.view(on: day, focus: row.client)
        #expect(focused.row(for: row.client)?.listing == row)
      }
    }
  }

  /// The listings of a fixed book, hashed: the bytes a book would store for it.
  static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
    bytes.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }

  @Test(
    "given a fixed book, when it is listed, then the stored bytes are the ones pinned for this format"
  )
  func formatsPinTheRules() throws {
    // A listing read back is trusted while the log stands still, whatever kam read it: a
    // change to any rule behind it (stages, value, classes, risk, stakes) must bump the
    // format, or an upgraded kam would show what the old one computed. This pin fails
    // first: update it together with the format.
    let folder = TemporaryDirectory()
    let book = try RandomBook(.memory, in: folder, seed: 7, commands: 120).book
    let clients = ClientListing.encodedParts(try book.listing(on: Self.day).rows, on: Self.day)
      .flatMap { $0 }
    let risk = RiskListing.encodedParts(try book.riskListing(on: Self.day).rows, on: Self.day)
      .flatMap { $0 }
    #expect(
      ClientListing.format == 2 && ListingParts.format == 1
        && Self.fingerprint(clients) == 7_358_861_928_300_123_476,
      "the listing changed: bump ClientListing.format (or ListingParts.format), then pin \(Self.fingerprint(clients))"
    )
    #expect(
      RiskListing.format == 2_002 && ListingParts.format == 1
        && Self.fingerprint(risk) == 8_098_924_562_401_458_024,
      "the risk listing changed: bump RiskListing.format (or ListingParts.format), then pin \(Self.fingerprint(risk))"
    )
  }

  @Test(
    "given listings with and without owners, segments, reasons and risks, when encoded and read back, whole or one client's, then they are equal, and another day's are refused"
  )
  func encoding() throws {
    let client = ClientSlug(rawValue: "acme")!
    var value = ClientValue(
      client: client, revenue: Money(minorUnits: 12_345), cogs: Money(minorUnits: 6_000),
      costToServe: Money(minorUnits: 700))
    value.profit = Money(minorUnits: Int64.max)
    let rows = [
      ClientListing(
        client: client, name: "Acme Sp. z o.o.", owner: "Anna Nowak", segment: "retail",
        stage: .partnership, value: value, paretoClass: .a,
        keyAccountReasons: [.topProfit, .strategic], quadrantLabel: "core",
        churnRisk: 0.123_456_789_012_345, isProspect: false),
      ClientListing(
        client: ClientSlug(rawValue: "bolt")!, name: "", owner: nil, segment: nil,
        stage: .prospect, value: .zero(ClientSlug(rawValue: "bolt")!), paretoClass: .c,
        keyAccountReasons: [], quadrantLabel: nil, churnRisk: nil, isProspect: true),
    ]
    let parts = ClientListing.encodedParts(rows, on: Self.day)
    #expect(parts.count == ListingParts.count)
    #expect(try ClientListing.decoded(parts: parts, on: Self.day) == rows)
    let reversed = ClientListing.encodedParts(rows.reversed(), on: Self.day)
    #expect(try ClientListing.decoded(parts: reversed, on: Self.day) == rows.reversed())
    // One client's row is read from its part alone, the rows before it read past field by
    // field: the reversed listing puts the other first where both share a part.
    for row in rows {
      let part = ListingParts.part(of: row.client)
      #expect(try ClientListing.decoded(part: parts[part], on: Self.day, client: row.client) == row)
      #expect(
        try ClientListing.decoded(part: reversed[part], on: Self.day, client: row.client) == row)
    }
    let missing = ClientSlug(rawValue: "acm")!
    #expect(
      try ClientListing.decoded(
        part: parts[ListingParts.part(of: missing)], on: Self.day, client: missing) == nil)
    #expect(throws: SnapshotError.self) {
      try ClientListing.decoded(parts: parts, on: Self.day.adding(days: 1))
    }
    #expect(throws: SnapshotError.self) {
      try ClientListing.decoded(
        part: parts[ListingParts.part(of: client)], on: Self.day.adding(days: 1), client: client)
    }
    // Damaged, or parts that do not make one listing, are refused, never read as another.
    let held = ListingParts.part(of: client)
    var cut = parts
    cut[held].removeLast()
    var doubled = parts
    doubled[(held + 1) % ListingParts.count] = parts[held]
    for damaged in [cut, Array(parts.dropLast()), doubled, parts + [parts[held]]] {
      #expect(throws: SnapshotError.self) {
        try ClientListing.decoded(parts: damaged, on: Self.day)
      }
    }
  }

  @Test(
    "given random listings, when kept in parts and read back, then each is the listing and each row is read from its client's part",
    arguments: [61, 62, 63] as [UInt64])
  func partsOfRandomListings(seed: UInt64) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(.memory, in: folder, seed: seed, commands: 120).book
    let listing = try book.listing(on: Self.day)
    let parts = ClientListing.encodedParts(listing.rows, on: Self.day)
    #expect(try ClientListing.decoded(parts: parts, on: Self.day) == listing.rows)
    let risks = try book.riskListing(on: Self.day)
    let riskParts = RiskListing.encodedParts(risks.rows, on: Self.day)
    #expect(
      try RiskListing.decoded(parts: riskParts, on: Self.day, policy: risks.policy) == risks.rows)
    for row in listing.rows {
      let part = ListingParts.part(of: row.client)
      #expect(try ClientListing.decoded(part: parts[part], on: Self.day, client: row.client) == row)
    }
    for row in risks.rows {
      let part = ListingParts.part(of: row.client.client)
      #expect(
        try RiskListing.decoded(
          part: riskParts[part], on: Self.day, policy: risks.policy, client: row.client.client)
          == row)
    }
  }
}
