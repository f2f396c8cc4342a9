import KamBook
import KamDomain
import KamEventLog
import KamTestSupport
import KamTime
import Testing

/// A client's history read while the stored snapshots lag the log (another writer appended
/// without catching up): the snapshot and the client's events after it, which must be the
/// history its whole stream folds to.
@Suite("A client's history while the snapshots lag")
struct LaggingSnapshotTests {
  static let client = RiskFactsTests.client
  static let newcomer = ClientSlug(rawValue: "aaa-newcomer")!

  /// Checks that each of `clients` reads as its stream folds, with its stream's version,
  /// and that the snapshots really lag (else the test would not test the tail).
  static func expectFolded(_ book: Book, _ clients: [ClientSlug], _ what: String) throws {
    #expect(
      try book.projectionStatus().contains { $0.lag > 0 }, "the snapshots lag after \(what)")
    let folded = try book.foldedHistories()
    for client in clients {
      let (history, version) = try book.history(of: client)
      #expect(history == folded[client], "\(client)'s history after \(what)")
      #expect(
        version == Int64(try stream(of: client, in: book).count),
        "\(client)'s stream version after \(what)")
    }
  }

  /// Every event of `client`'s stream, read from the log.
  static func stream(of client: ClientSlug, in book: Book) throws -> [StoredEvent] {
    try book.store.reading { tx in
      var events: [StoredEvent] = []
      try tx.forEachEvent(matching: EventFilter(stream: StreamID(client.rawValue)), fold: true) {
        events.append($0)
      }
      return events
    }
  }

  @Test(
    "given caught-up snapshots, when events of every kind are appended without catching up, then each client's history is its stream's fold",
    arguments: BookStoreKind.available)
  func everyKindOfEvent(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try RiskFactsTests.buyingBook(store, in: folder)
    let other = ClientSlug(rawValue: "client-8")!
    let clients = [Self.client, other, Self.newcomer]

    try RiskFactsTests.record(book, RiskFactsTests.sale(1_000_000), on: "2026-11-28")
    try Self.expectFolded(book, clients, "a sale")
    try RiskFactsTests.record(book, RiskFactsTests.sale(2_000_000), on: "2024-06-01", 101)
    try Self.expectFolded(book, clients, "a backdated sale")
    try RiskFactsTests.record(
      book, .meetingHeld(MeetingHeld(client: Self.client, kind: .visit, minutes: 90)),
      on: "2026-11-20", 102)
    try RiskFactsTests.record(
      book, RiskFactsTests.sale(30_000, for: other), for: other, on: "2026-11-21", 103)
    try Self.expectFolded(book, clients, "a meeting, and another client's sale")
    try RiskFactsTests.record(
      book, .clientRegistered(ClientRegistered(client: Self.newcomer, name: "New")),
      for: Self.newcomer, on: "2026-11-01", 104)
    try RiskFactsTests.record(
      book, RiskFactsTests.sale(50_000, for: Self.newcomer), for: Self.newcomer,
      on: "2026-11-02", 105)
    try Self.expectFolded(book, clients, "a client with no snapshot yet")

    let sale = try #require(try Self.stream(of: Self.client, in: book).last).seq
    _ = try book.retract(sale, reason: "typo", context: RandomBook.context(106))
    try Self.expectFolded(book, clients, "a retraction")
    try book.catchUp()
    try RiskFactsTests.record(book, RiskFactsTests.sale(7_000), on: "2026-11-27", 107)
    try Self.expectFolded(book, clients, "a sale after catching up")
  }

  @Test(
    "given lagging snapshots, when a client's snapshot is missing though its stream began before them, then its stream is folded instead"
  )
  func missingSnapshotFoldsTheStream() throws {
    let folder = TemporaryDirectory()
    let book = try RiskFactsTests.buyingBook(.sqlite, in: folder)
    try book.store.write { tx in try tx.replaceSnapshot(of: Self.client, with: nil) }
    try RiskFactsTests.record(book, RiskFactsTests.sale(1_000_000), on: "2026-11-28")
    try Self.expectFolded(book, [Self.client], "a sale to a client without a snapshot")
  }
}
