public import KamBook
public import KamDomain
public import KamEventLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Book {
  /// Opens the book in the SQLite file at `path`.
  ///
  /// - Throws: ``BookError`` with ``BookError/Code/notFound`` when there is no
  ///   file, ``BookError/Code/incompatible`` when it is not a kam book or is newer.
  ///   An empty file is `notFound` too, and stays untouched: opening must not
  ///   turn it into a book (only `kam init` does, explicitly).
  public convenience init(path: String) throws(BookError) {
    try self.init(store: Self.existingStore(path: path))
  }

  /// Creates a book in a SQLite file, or opens it when it exists already.
  ///
  /// `eventID` names the book-created event; a fixed one keeps simulated
  /// books byte-identical from run to run. An existing empty file is taken
  /// over: it becomes the book, readable and writable by its owner only.
  ///
  /// - Returns: the book, and whether it was created now.
  public static func create(
    path: String, currency: Currency, context: AppendContext, eventID: EventID = .random()
  ) throws(BookError) -> (book: Book, created: Bool) {
    try create(in: newStore(path: path), currency: currency, context: context, eventID: eventID)
  }

  /// The store of the SQLite file at `path`, made when absent but holding no
  /// event yet: where `kam migrate` copies a book's log, as it was.
  package static func newStore(path: String) throws(BookError) -> any BookStore {
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
    return try SQLiteBookStore(path: path, create: true)
  }

  /// The store of the book in the SQLite file at `path`, which must exist.
  package static func existingStore(path: String) throws(BookError) -> any BookStore {
    if isEmptyFile(path: path) {
      throw BookError(
        .notFound, "the book \(path) is an empty file; make it a book with `kam init`")
    }
    return try SQLiteBookStore(path: path, create: false)
  }

  /// Checks the book at `path` as `kam verify` does (``verify(_:expecting:)``),
  /// with SQLite's quick_check of the file as the store's own check.
  ///
  /// Opens the file without reading the book-created event, so that a log
  /// missing its first events is reported as damaged rather than refused.
  public static func verify(path: String, expecting expected: ChainHead?) throws(BookError)
    -> VerificationReport
  {
    // An empty file is a book cut to nothing, or none yet: either way no log, and a
    // check must not write the schema into it, as opening the log would.
    if isEmptyFile(path: path) {
      return VerificationReport(
        events: 0, firstBadSeq: SequenceNumber(rawValue: 1),
        problem: "the file is empty (0 bytes); a book starts with its book-created event")
    }
    return try verify(SQLiteBookStore(path: path, create: false), expecting: expected)
  }
}
