import KamBook
import KamDomain
import KamEventLog
import KamTestSupport
import KamTime
import Testing

@Suite("The CLI reads the log through the book")
struct BookReadingTests {
  @Test(
    "given a book with a client and two sales, when read through the book, then it lists the log in order",
    arguments: BookStoreKind.available)
  func readsTheLog(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try UndoTests.book(folder, store)
    let last = try book.lastSequence()
    // book-created, client-registered, two sales.
    #expect(last == SequenceNumber(rawValue: 4))
    var seen: [Int64] = []
    try book.forEachEvent(matching: EventFilter(stream: StreamID("acme"))) {
      seen.append($0.seq.rawValue)
    }
    #expect(seen == [2, 3, 4])
    let head = try #require(try book.event(at: last))
    #expect(head.type == SaleRecorded.type)
    #expect(try book.event(at: SequenceNumber(rawValue: 5)) == nil)
  }

  @Test(
    "given a body that throws its own error, when reading, then the error comes back as it was",
    arguments: BookStoreKind.available)
  func passesTheBodysErrorThrough(store: BookStoreKind) throws {
    let stop = BookError(.badArgument, "stop here")
    let folder = TemporaryDirectory()
    let book = try UndoTests.book(folder, store)
    #expect(throws: stop) {
      try book.forEachEvent(matching: EventFilter()) { _ throws(BookError) in throw stop }
    }
  }
}
