import KamBook
import KamBookSQLite
import KamDomain
import KamEventLog
import KamPurchaseModel
import KamTestSupport
import KamTime
import Testing

/// The whole-book models a book stores (``ChurnRiskModels``, the spend fit): read back
/// only while the log is unchanged, and then the very models a fresh fit gives.
@Suite("Stored models, on every store")
struct StoredModelsTests {
  /// An instant after everything: a view known at it sees the whole log but neither reads
  /// nor stores models, so it is the fresh computation.
  static let afterEverything = Instant(iso: "2999-01-01T00:00:00Z")!
  static let day = CalendarDate(iso: "2026-11-28")!

  /// A book of 120 clients buying every 20 to 120 days since 2024, a third of them
  /// stopping, each around a spend level of its own, so that BG/NBD, the calibration and
  /// Gamma-Gamma are all fitted.
  static func buyingBook(_ store: BookStoreKind, in folder: TemporaryDirectory) throws -> Book {
    let book = try store.book(in: folder, context: RandomBook.context(0))
    var random = SplitMix64(seed: 42)
    let start = CalendarDate(iso: "2024-01-01")!
    for n in 0..<120 {
      let client = ClientSlug(rawValue: "client-\(n)")!
      let gap = 20 + Int64(random.next() % 100)
      let stop = n % 3 == 0 ? start.adding(days: 200 + Int64(random.next() % 400)) : day
      var sales: [PendingEvent] = [
        PendingEvent(
          .clientRegistered(ClientRegistered(client: client, name: client.rawValue)),
          occurredAt: start.start)
      ]
      let level = 2_000 + Int64(random.next() % 50_000)
      var on = start.adding(days: Int64(random.next() % 60))
      while on <= stop {
        let amount = Money(minorUnits: level / 2 + Int64(random.next() % UInt64(level)))
        sales.append(
          PendingEvent(
            .saleRecorded(
              SaleRecorded(
                client: client, amount: amount, cost: Money(minorUnits: amount.minorUnits / 2))),
            occurredAt: on.start.advanced(byMilliseconds: 43_200_000)))
        on = on.adding(days: gap / 2 + Int64(random.next() % UInt64(gap)))
      }
      try book.record(client: client, context: RandomBook.context(n + 1)) { _ in sales }
    }
    return book
  }

  /// The stored model of `name` for `day`, if any.
  static func stored(_ book: Book, _ name: String, on day: CalendarDate) throws -> StoredModel? {
    try book.store.reading { tx in try tx.storedModel(name, on: day) }
  }

  /// The parts of the listing stored as `name` for `day`, each at the log position it was
  /// kept at; nil when any is missing.
  static func storedParts(_ book: Book, _ name: String, on day: CalendarDate) throws
    -> (logSeqs: Set<SequenceNumber>, parts: [[UInt8]])?
  {
    var logSeqs = Set<SequenceNumber>()
    var parts: [[UInt8]] = []
    for part in 0..<ListingParts.count {
      guard let stored = try stored(book, Book.partName(name, part), on: day) else { return nil }
      logSeqs.insert(stored.logSeq)
      parts.append(stored.body)
    }
    return (logSeqs, parts)
  }

  /// Checks that the book's view and models on `day` are a fresh fit's.
  static func expectFresh(_ book: Book, on day: CalendarDate) throws {
    let fresh = try book.view(on: day, knownAt: afterEverything)
    let view = try book.view(on: day)
    #expect(view.risk == fresh.risk)
    #expect(view.rows.map(\.churnRisk) == fresh.rows.map(\.churnRisk))
    let models = try book.riskModels(on: day)
    #expect(models.risk == fresh.risk.models)
    #expect(models.spend == BookSpendModel(fresh.rows.map(\.history), on: day).fit)
    #expect(try book.spendModel(view) == BookSpendModel(fresh.rows.map(\.history), on: day))
  }

  @Test(
    "given models saved under several names and days, when several are read at once, then each is the one read alone, in the order asked, nil where none is",
    arguments: BookStoreKind.available)
  func severalAtOnce(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try store.book(in: folder)
    let other = Self.day.adding(days: 1)
    try book.store.writing { tx in
      for (n, name) in ["a", "b#1", "c"].enumerated() {
        try tx.save(StoredModel(name: name, day: Self.day, logSeq: 0, body: [UInt8(n), 7]))
      }
      try tx.save(StoredModel(name: "d", day: other, logSeq: 0, body: [9]))
    }
    let names = ["c", "missing", "a", "d", "b#1"]
    let read = try book.store.reading { tx in try tx.storedModels(names, on: Self.day) }
    let alone = try names.map { try Self.stored(book, $0, on: Self.day) }
    #expect(read == alone)
    #expect(read.map { $0?.body } == [[2, 7], nil, [0, 7], nil, [1, 7]])
    #expect(try book.store.reading { tx in try tx.storedModels([], on: Self.day) }.isEmpty)
  }

  @Test(
    "given a book whose models are fitted, when it is asked again on an unchanged log, then the stored models are read and give the fresh fit",
    arguments: BookStoreKind.available)
  func readBackOnAnUnchangedLog(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try Self.buyingBook(store, in: folder)
    let first = try book.view(on: Self.day)
    #expect(first.risk.fit.fitted)
    #expect(first.risk.calibration.fitted)
    let head = try book.lastSequence()
    let churn = try #require(try Self.stored(book, Book.churnModelsName, on: Self.day))
    #expect(churn.logSeq == head)
    #expect(try ChurnRiskModels(encoded: churn.body) == first.risk.models)
    let spend = try book.spendModel(first)
    #expect(spend.fit.fitted)
    #expect(try Self.stored(book, Book.spendModelName, on: Self.day)?.logSeq == head)
    try Self.expectFresh(book, on: Self.day)

    // A model stored at the head is what the book uses: it fits nothing again.
    var altered = first.risk.models
    altered.purchase.evaluations += 1
    try book.store.writing { tx in
      try tx.save(
        StoredModel(
          name: Book.churnModelsName, day: Self.day, logSeq: head, body: altered.encoded))
    }
    #expect(try book.riskModels(on: Self.day).risk == altered)
    #expect(try book.view(on: Self.day).risk.fit == altered.purchase)
  }

  @Test(
    "given stored models, when any kind of event is recorded, then the next query fits the changed log afresh",
    arguments: BookStoreKind.available)
  func anyEventMakesThemStale(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try Self.buyingBook(store, in: folder)
    _ = try book.view(on: Self.day)
    _ = try book.riskModels(on: Self.day)
    let client = ClientSlug(rawValue: "client-7")!
    let context = RandomBook.context(100)
    func sale(on day: String, _ minor: Int64) throws {
      try book.record(client: client, context: context) { _ in
        [
          PendingEvent(
            .saleRecorded(
              SaleRecorded(
                client: client, amount: Money(minorUnits: minor),
                cost: Money(minorUnits: minor / 2))),
            occurredAt: CalendarDate(iso: day)!.start.advanced(byMilliseconds: 43_200_000))
        ]
      }
    }
    // A sale on the day, a backdated one, a retraction, a meeting, a policy change.
    try sale(on: "2026-11-28", 1_000_000)
    try Self.expectFresh(book, on: Self.day)
    try sale(on: "2024-06-01", 2_000_000)
    try Self.expectFresh(book, on: Self.day)
    _ = try book.retract(try book.lastSequence(), reason: "typo", context: context)
    try Self.expectFresh(book, on: Self.day)
    try book.record(client: client, context: context) { _ in
      [
        PendingEvent(
          .meetingHeld(MeetingHeld(client: client, kind: .visit, minutes: 90)),
          occurredAt: Self.day.start)
      ]
    }
    try Self.expectFresh(book, on: Self.day)
    var policy = try book.policy()
    policy.riskHorizonDays = 90
    _ = try book.setPolicy(policy, context: context)
    try Self.expectFresh(book, on: Self.day)
    // Only the models of the log as it stands are kept.
    let head = try book.lastSequence()
    let kept = try book.store.reading { tx in
      try [Book.churnModelsName, Book.spendModelName].compactMap {
        try tx.storedModel($0, on: Self.day)?.logSeq
      }
    }
    #expect(kept == [head, head])
  }

  @Test(
    "given a random book, when it is viewed twice on several days, then every view equals a fresh fit",
    arguments: BookStoreKind.available, [31, 32, 33] as [UInt64])
  func randomBooks(store: BookStoreKind, seed: UInt64) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(store, in: folder, seed: seed, commands: 60).book
    for day in ["2025-02-01", "2025-09-30", "2026-11-28"].map({ CalendarDate(iso: $0)! }) {
      _ = try book.view(on: day)
      try Self.expectFresh(book, on: day)
    }
  }

  @Test(
    "given a view known at an instant, when it is computed, then it neither reads nor stores models"
  )
  func pastInstantsFitTheirOwn() throws {
    let folder = TemporaryDirectory()
    let book = try Self.buyingBook(.sqlite, in: folder)
    let view = try book.view(on: Self.day, knownAt: Self.afterEverything)
    #expect(view.logHead == nil)
    #expect(try Self.stored(book, Book.churnModelsName, on: Self.day) == nil)
    _ = try book.spendModel(view)
    #expect(try Self.stored(book, Book.spendModelName, on: Self.day) == nil)
  }

  @Test(
    "given another kam writing to a SQLite book, when a query fits, then it answers without waiting for it and stores nothing"
  )
  func aBusyBookIsNotWaitedFor() throws {
    let folder = TemporaryDirectory()
    _ = try Self.buyingBook(.sqlite, in: folder)
    let path = folder.file("book.sqlite")
    let reader = try Book(path: path)
    let writer = try SQLiteBookStore(path: path, create: false)
    let (fresh, seconds) = try writer.write { _ in
      // The writer holds the book's write lock for the whole query.
      let start = Instant.now
      let view = try reader.view(on: Self.day)
      return (
        view, Double(Instant.now.millisecondsSinceEpoch - start.millisecondsSinceEpoch) / 1000
      )
    }
    #expect(seconds < 10, "waited \(seconds) s for the writer")
    #expect(fresh.risk.fit.fitted)
    #expect(try Self.stored(reader, Book.churnModelsName, on: Self.day) == nil)
    // Once the writer is done, the next query stores them.
    _ = try reader.view(on: Self.day)
    #expect(try Self.stored(reader, Book.churnModelsName, on: Self.day) != nil)
  }

  @Test("given churn and spend models, when encoded and read back, then they are equal")
  func encodingRoundTrips() throws {
    let folder = TemporaryDirectory()
    let book = try Self.buyingBook(.memory, in: folder)
    let view = try book.view(on: Self.day, knownAt: Self.afterEverything)
    #expect(try ChurnRiskModels(encoded: view.risk.models.encoded) == view.risk.models)
    let spend = BookSpendModel(view.rows.map(\.history), on: Self.day).fit
    #expect(try SpendModelFit(encoded: spend.encoded) == spend)
    #expect(throws: SnapshotError.self) { try ChurnRiskModels(encoded: spend.encoded + [0]) }
  }
}
