public import KamDomain
public import KamEventLog
import KamTime

/// A book: the event log of one company's client relationships, and the
/// projections derived from it, kept by a ``BookStore`` (a SQLite file by
/// default; `KamBookSQLite` opens one by path).
public final class Book: Sendable {
  /// Where the log and the projections are kept.
  package let store: any BookStore
  /// Where the book is, for messages: a path, or a URL without its password.
  public var location: String { store.location }
  /// The currency of every amount in the book.
  public let currency: Currency

  /// The stream holding book-wide facts (its currency).
  public static let bookStream = StreamID("$book")
  /// The stream holding policy changes.
  public static let policyStream = StreamID("$policy")
  /// The stream holding decisions.
  public static let decisionStream = StreamID("$decisions")

  /// Opens the book a store holds.
  ///
  /// - Throws: ``BookError`` with ``BookError/Code/incompatible`` when the log
  ///   has no book-created event (a damaged book, or a store that is not a book).
  package init(store: any BookStore) throws(BookError) {
    self.store = store
    self.currency = try Self.readCurrency(store)
    waitWhenBusy(seconds: Self.defaultBusySeconds)
  }

  /// Makes the book in `store`, unless it holds one already: the first event
  /// of a book is its book-created event, naming the currency.
  ///
  /// `eventID` names the book-created event; a fixed one keeps simulated
  /// books byte-identical from run to run.
  ///
  /// - Returns: the book, and whether it was created now.
  package static func create(
    in store: any BookStore, currency: Currency, context: AppendContext,
    eventID: EventID = .random()
  ) throws(BookError) -> (book: Book, created: Bool) {
    let created = try store.writing { tx in
      guard try tx.lastSequence() == .zero else { return false }
      let event = DomainEvent.bookCreated(BookCreated(currency: currency))
      try tx.append(
        [
          NewEvent(
            id: eventID, stream: bookStream, type: event.type, typeVersion: event.version,
            occurredAt: context.recordedAt, payload: event.payloadBytes,
            expectedVersion: .noStream)
        ], context: context)
      return true
    }
    return (try Book(store: store), created)
  }

  private static func readCurrency(_ store: any BookStore) throws(BookError) -> Currency {
    let currency = try store.reading { tx in
      var currency: Currency?
      try tx.forEachEvent(matching: EventFilter(stream: bookStream), fold: true) { stored in
        if case .bookCreated(let created) = try DomainEvent(stored) { currency = created.currency }
      }
      return currency
    }
    guard let currency else {
      throw BookError(
        .incompatible,
        "the book \(store.location) is damaged: it has no book-created event "
          + "(run kam verify to see what is missing)")
    }
    return currency
  }
}
