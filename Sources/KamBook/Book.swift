public import KamDomain
public import KamEventLog
import KamSQLite
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A book: the event log of one company's client relationships, and the
/// projections derived from it, in one SQLite file.
public final class Book: Sendable {
  /// The log.
  package let log: SQLiteEventLog
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
  ///   An empty file is `notFound` too, and stays untouched: opening must not
  ///   turn it into a book (only `kam init` does, explicitly).
  public init(path: String) throws(BookError) {
    if Self.isEmptyFile(path: path) {
      throw BookError(
        .notFound, "the book \(path) is an empty file; make it a book with `kam init`")
    }
    let log = try Self.openLog(path: path, create: false)
    self.log = log
    self.path = path
    self.currency = try Self.readCurrency(log)
    waitWhenBusy(seconds: Self.defaultBusySeconds)
  }

  private init(log: SQLiteEventLog, path: String, currency: Currency) {
    self.log = log
    self.path = path
    self.currency = currency
  }

  /// Creates a book, or opens it when it exists already.
  ///
  /// `eventID` names the book-created event; a fixed one keeps simulated
  /// books byte-identical from run to run. An existing empty file is taken
  /// over: it becomes the book, readable and writable by its owner only.
  ///
  /// - Returns: the book, and whether it was created now.
  public static func create(
    path: String, currency: Currency, context: AppendContext, eventID: EventID = .random()
  ) throws(BookError) -> (book: Book, created: Bool) {
    // A link to an existing book opens it, as any command does; but a new book is
    // never written through a link, which could point anywhere.
    if isSymbolicLink(path: path) {
      var target = stat()
      if stat(path, &target) != 0 || target.st_size == 0 {
        throw BookError(
          .cannotCreate,
          "\(path) is a symbolic link; kam does not create a book through one (remove it or choose another path)"
        )
      }
    }
    if isEmptyFile(path: path) && chmod(path, 0o600) != 0 {
      throw BookError(
        .cannotCreate, "cannot make \(path) a book: \(String(cString: strerror(errno)))")
    }
    let log = try openLog(path: path, create: true)
    do {
      let created = try log.transaction { db in
        guard try log.lastSequence(in: db) == .zero else { return false }
        let event = DomainEvent.bookCreated(BookCreated(currency: currency))
        try log.append(
          [
            NewEvent(
              id: eventID, stream: bookStream, type: event.type, typeVersion: event.version,
              occurredAt: context.recordedAt, payload: event.payloadBytes,
              expectedVersion: .noStream)
          ], context: context, in: db)
        return true
      }
      let book = Book(log: log, path: path, currency: try readCurrency(log))
      book.waitWhenBusy(seconds: defaultBusySeconds)
      return (book, created)
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
