import KamBook
import KamBookMemory
import KamDomain
import KamEventLog
import KamTestSupport
import Testing

/// `kam migrate`'s copy between stores: hash for hash, resumable, refusing a
/// target that holds another log.
@Suite("Migrating a book between stores")
struct MigrationTests {
  /// Every ordered pair of the stores that can run here, a store with itself included
  /// (a copy into another file is a backup).
  static let pairs: [(BookStoreKind, BookStoreKind)] = BookStoreKind.available.flatMap { source in
    BookStoreKind.available.map { (source, $0) }
  }

  @Test(
    "given a book, when it is migrated into an empty store, then the copy is the same log and the same views",
    arguments: pairs)
  func copiesEverything(source: BookStoreKind, target: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(source, in: folder, seed: 7, commands: 40, clockSetBack: true).book
    let copy = try target.store(in: folder, name: "copy")

    let report = try Book.migrate(from: book.store, to: copy, sliceSize: 7)

    let events = try storedEvents(book.store)
    #expect(report.events == Int64(events.count))
    #expect(report.copied == report.events)
    #expect(try storedEvents(copy) == events)
    #expect(
      try copy.reading { try $0.listedOutOfOrder() }
        == book.store.reading { try $0.listedOutOfOrder() })
    let copied = try Book(store: copy)
    try book.catchUp()
    #expect(try copied.projectionDump() == book.projectionDump())
    #expect(try copied.verify().ok)
  }

  @Test(
    "given a complete copy, when the migration runs again, then it adds nothing", arguments: pairs)
  func secondRunAddsNothing(source: BookStoreKind, target: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(source, in: folder, seed: 8, commands: 20).book
    let copy = try target.store(in: folder, name: "copy")
    _ = try Book.migrate(from: book.store, to: copy)

    let again = try Book.migrate(from: book.store, to: copy)

    #expect(again.copied == 0)
    #expect(try storedEvents(copy) == storedEvents(book.store))
  }

  @Test(
    "given a copy cut short by a failed write, when the migration runs again, then it completes the copy",
    arguments: BookStoreKind.available)
  func resumesAfterAFailure(kind: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(.memory, in: folder, seed: 9, commands: 30).book
    let target = try kind.store(in: folder, name: "copy")
    let failing = FailingStore(target, failingWrite: 3)

    #expect(throws: BookError.self) {
      try Book.migrate(from: book.store, to: failing, sliceSize: 10)
    }
    let cut = try target.reading { try $0.lastSequence() }
    #expect(cut.rawValue == 20)

    let report = try Book.migrate(from: book.store, to: target, sliceSize: 10)

    #expect(report.copied == report.events - 20)
    #expect(try storedEvents(target) == storedEvents(book.store))
  }

  @Test(
    "given a target that holds another book, when a book is migrated into it, then it is refused and left as it was",
    arguments: BookStoreKind.available)
  func refusesAnotherLog(kind: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(.memory, in: folder, seed: 10, commands: 10).book
    let other = try Book.create(
      in: kind.store(in: folder, name: "other"), currency: .pln,
      context: AppendContext(actor: "bob")
    ).book
    let before = try storedEvents(other.store)

    let error = #expect(throws: BookError.self) {
      try Book.migrate(from: book.store, to: other.store)
    }

    #expect(error?.code == .incompatible)
    #expect(error?.message.contains("holds another log") == true)
    #expect(try storedEvents(other.store) == before)
  }

  @Test("given a target that holds more than the source, when migrated, then it is refused")
  func refusesALongerTarget() throws {
    let folder = TemporaryDirectory()
    let longer = try RandomBook(.memory, in: folder, seed: 11, commands: 10).book
    let shorter = try Book.inMemory(currency: .pln, context: AppendContext(actor: "ann"))

    let error = #expect(throws: BookError.self) {
      try Book.migrate(from: shorter.store, to: longer.store)
    }

    #expect(error?.code == .incompatible)
  }

  /// Every event of the store's log as stored.
  private func storedEvents(_ store: any BookStore) throws -> [StoredEvent] {
    try store.reading { tx in
      var events: [StoredEvent] = []
      try tx.forEachEventAsStored {
        events.append($0)
        return true
      }
      return events
    }
  }
}
