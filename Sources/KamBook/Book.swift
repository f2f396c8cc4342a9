public import KamDomain
public import KamEventLog
import KamSQLite
import KamTime

/// A book: the event log of one company's client relationships, and the
/// projections derived from it, in one SQLite file.
public final class Book: Sendable {
  /// The log.
  public let log: SQLiteEventLog
  /// The path of the file.
  public let path: String
  /// The currency of every amount in the book.
  public let currency: Currency

  /// The stream holding book-wide facts (its currency).
  public static let bookStream = StreamID("$book")
  /// The stream holding policy changes.
  public static let policyStream = StreamID("$policy")
  /// The stream holding decisions.
  public static let decisionStream = StreamID("$decisions")

  /// Opens an existing book.
  ///
  /// - Throws: ``BookError`` with ``BookError/Code/notFound`` when there is no
  ///   file, ``BookError/Code/incompatible`` when it is not a kam book or is newer.
  public init(path: String) throws(BookError) {
    let log = try Self.openLog(path: path, create: false)
    self.log = log
    self.path = path
    self.currency = try Self.readCurrency(log)
  }

  private init(log: SQLiteEventLog, path: String, currency: Currency) {
    self.log = log
    self.path = path
    self.currency = currency
  }

  /// Creates a book, or opens it when it exists already.
  ///
  /// `eventID` names the book-created event; a fixed one keeps simulated
  /// books byte-identical from run to run.
  ///
  /// - Returns: the book, and whether it was created now.
  public static func create(
    path: String, currency: Currency, context: AppendContext, eventID: EventID = .random()
  ) throws(BookError) -> (book: Book, created: Bool) {
    let log = try openLog(path: path, create: true)
    do {
      let created = try log.transaction { _ in
        guard try log.lastSequence() == .zero else { return false }
        let event = DomainEvent.bookCreated(BookCreated(currency: currency))
        try log.append(
          [
            NewEvent(
              id: eventID, stream: bookStream, type: event.type, typeVersion: event.version,
              occurredAt: context.recordedAt, payload: event.payloadBytes,
              expectedVersion: .noStream)
          ], context: context)
        return true
      }
      return (Book(log: log, path: path, currency: try readCurrency(log)), created)
    } catch let error as BookError {
      throw error
    } catch {
      throw BookError.wrap(error)
    }
  }

  static func openLog(path: String, create: Bool) throws(BookError) -> SQLiteEventLog {
    do {
      return try SQLiteEventLog(
        path: path, create: create, migrations: BookSchema.migrations, upcaster: BookUpcaster())
    } catch {
      throw BookError.wrap(error)
    }
  }

  private static func readCurrency(_ log: SQLiteEventLog) throws(BookError) -> Currency {
    var currency: Currency?
    do {
      try log.forEachEvent(in: bookStream) { stored in
        if case .bookCreated(let created) = try DomainEvent(stored) { currency = created.currency }
      }
    } catch {
      throw BookError.wrap(error)
    }
    guard let currency else {
      throw BookError(
        .incompatible,
        "the book \(log.queue.path) is damaged: it has no book-created event "
          + "(run kam verify to see what is missing)")
    }
    return currency
  }
}
