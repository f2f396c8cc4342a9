import KamBook
import KamDomain
import KamEventLog
import KamTestSupport
import KamTime
import Testing

@Suite("Undo and redo walk through the actor's commands")
struct UndoTests {
  /// A book with acme registered and two sales (100 and 200) logged by `actor`.
  static func book(_ folder: TemporaryDirectory, _ store: BookStoreKind, actor: String = "ann")
    throws -> Book
  {
    let book = try store.book(in: folder, context: AppendContext(actor: actor))
    let acme = ClientSlug(rawValue: "acme")!
    let on = CalendarDate(iso: "2026-11-20")!.start
    try book.record(client: acme, context: AppendContext(actor: actor)) { _ in
      [
        PendingEvent(
          .clientRegistered(ClientRegistered(client: acme, name: "ACME")), occurredAt: on)
      ]
    }
    for amount in [10_000, 20_000] as [Int64] {
      try book.record(client: acme, context: AppendContext(actor: actor)) { _ in
        [
          PendingEvent(
            .saleRecorded(
              SaleRecorded(client: acme, amount: Money(minorUnits: amount), cost: .zero)),
            occurredAt: on)
        ]
      }
    }
    return book
  }

  /// The sum of acme's sales that still count.
  static func revenue(_ book: Book) throws -> Int64 {
    guard let history = try book.history(of: ClientSlug(rawValue: "acme")!).0 else { return 0 }
    return history.sales.filter { !history.isRetracted($0.seq) }.map(\.amount.minorUnits)
      .reduce(0, +)
  }

  static func undo(_ book: Book, actor: String = "ann") throws {
    let command = try #require(try book.undoHistory(of: actor).nextUndo)
    _ = try book.undo(
      command, reason: "undo of command \(command)", context: AppendContext(actor: actor))
  }

  static func redo(_ book: Book, actor: String = "ann") throws {
    let redo = try #require(try book.undoHistory(of: actor).nextRedo)
    _ = try book.undo(redo.undo, reason: "redo", context: AppendContext(actor: actor))
  }

  @Test(
    "undo, undo, undo takes back the newest sale, the older one, then the registration",
    arguments: BookStoreKind.available)
  func undoThrice(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try Self.book(folder, store)
    #expect(try Self.revenue(book) == 30_000)
    try Self.undo(book)
    #expect(try Self.revenue(book) == 10_000)
    try Self.undo(book)
    #expect(try Self.revenue(book) == 0)
    try Self.undo(book)
    #expect(try book.history(of: ClientSlug(rawValue: "acme")!).0?.isRegistered != true)
    // Only kam init is left, and it touched no client.
    #expect(try book.undoHistory(of: "ann").nextUndo == nil)
  }

  @Test(
    "redo takes back the undos newest first, and restores exactly what they removed",
    arguments: BookStoreKind.available)
  func undoRedo(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try Self.book(folder, store)
    try Self.undo(book)
    try Self.undo(book)
    #expect(try Self.revenue(book) == 0)
    try Self.redo(book)
    #expect(try Self.revenue(book) == 10_000)
    try Self.redo(book)
    #expect(try Self.revenue(book) == 30_000)
    #expect(try book.undoHistory(of: "ann").nextRedo == nil)
    // Undo after redo takes the redone command back again.
    try Self.undo(book)
    #expect(try Self.revenue(book) == 10_000)
    #expect(try book.verify().ok)
  }

  @Test("a new command after an undo ends what can be redone", arguments: BookStoreKind.available)
  func newCommandEndsRedo(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try Self.book(folder, store)
    try Self.undo(book)
    let acme = ClientSlug(rawValue: "acme")!
    let latest = try book.record(client: acme, context: AppendContext(actor: "ann")) { _ in
      [
        PendingEvent(
          .saleRecorded(SaleRecorded(client: acme, amount: Money(minorUnits: 500), cost: .zero)),
          occurredAt: CalendarDate(iso: "2026-11-21")!.start)
      ]
    }
    let history = try book.undoHistory(of: "ann")
    #expect(history.nextRedo == nil)
    #expect(history.redoEndedBy == latest[0].commandID)
    #expect(history.nextUndo == latest[0].commandID)
  }

  @Test("another actor's commands are never walked back", arguments: BookStoreKind.available)
  func ownCommandsOnly(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try Self.book(folder, store)
    let acme = ClientSlug(rawValue: "acme")!
    try book.record(client: acme, context: AppendContext(actor: "bob")) { _ in
      [
        PendingEvent(
          .saleRecorded(SaleRecorded(client: acme, amount: Money(minorUnits: 1), cost: .zero)),
          occurredAt: CalendarDate(iso: "2026-11-21")!.start)
      ]
    }
    try Self.undo(book, actor: "ann")
    #expect(try Self.revenue(book) == 10_001)
  }

  typealias Entry = UndoHistory.Entry

  @Test("undos written before they named their causation (undo of an undo) still fold as redos")
  func legacyToggle() {
    let a = CommandID(rawValue: "a")
    let b = CommandID(rawValue: "b")
    let history = UndoHistory([
      Entry(command: "init", touchesClients: false),
      Entry(command: a, touchesClients: true),
      Entry(command: b, touchesClients: true),
      Entry(command: "u1", touchesClients: true, takesBack: b),
      // The old toggle: the second `kam undo` undid the first undo.
      Entry(command: "u2", touchesClients: true, takesBack: "u1"),
    ])
    #expect(history.done == [a, b])
    #expect(history.nextUndo == b)
    #expect(history.nextRedo == nil)
  }
}
