import ArgumentParser
import KamBook
import KamBookSQLite
import KamDomain
import KamEventLog
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The options every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The book (a SQLite file).",
      discussion: "Default: $KAM_DB, else $XDG_DATA_HOME/kam/book.sqlite (~/.local/share/kam).",
      valueName: "path"))
  var db: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Pin \"now\" to this day (also $KAM_TODAY), so that reports are reproducible.",
      valueName: "yyyy-mm-dd"))
  var today: String?

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Business time: evaluate as of the end of this day.",
      valueName: "yyyy-mm-dd|today|yesterday"))
  var asOf: String?

  @Option(
    name: .customLong("known-at"),
    help: ArgumentHelp(
      "System time: count only what was recorded by this instant (a bare date: its end, UTC).",
      valueName: "datetime"))
  var knownAt: String?

  @Option(
    name: [.customShort("O"), .customLong("output-format")],
    help: "How results are printed.")
  var outputFormat: OutputFormat = .table

  @Flag(
    help: ArgumentHelp(
      "Print every column of a table, however wide ($COLUMNS, else the terminal, else 80)."))
  var wide = false

  var console: Console { Console.current }

  /// The dates and the instant given on the command line are checked before
  /// any book is opened (the environment's $KAM_TODAY only where a command needs today).
  func validate() throws {
    try CLIError.validating {
      _ = try today.map { try Self.date($0, option: "--today") }
      // Any day checks the words: which day today is matters only when run.
      _ = try asOf.map { try Self.day($0, option: "--as-of", today: .earliestBusinessDay) }
      _ = try knownAtInstant()
      if let refresh = console.environment["KAM_REFRESH"], !["", "on", "off"].contains(refresh) {
        throw CLIError.badValue("$KAM_REFRESH", refresh, expected: "on or off")
      }
      if wide, outputFormat != .table {
        throw CLIError(
          .usage,
          "--wide means nothing with -O \(outputFormat.rawValue): it widens tables for people")
      }
    }
  }

  /// The book's path: --db, $KAM_DB, or the XDG data folder.
  var bookPath: String {
    if let db { return db }
    let environment = console.environment
    if let path = environment["KAM_DB"], !path.isEmpty { return path }
    let data =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? ".") + "/.local/share")
    return data + "/kam/book.sqlite"
  }

  /// True when the path is the default one, whose folder kam may create.
  var isDefaultBookPath: Bool { db == nil && (console.environment["KAM_DB"] ?? "").isEmpty }

  /// The pinned or real current day.
  func currentDate() throws -> CalendarDate {
    if let pinned = try pinnedToday { return pinned }
    return Instant.now.date
  }

  private var pinnedToday: CalendarDate? {
    get throws {
      let (text, source) =
        today.map { ($0, "--today") }
        ?? console.environment["KAM_TODAY"].flatMap { $0.isEmpty ? nil : ($0, "$KAM_TODAY") }
        ?? (nil, "")
      guard let text else { return nil }
      guard let date = CalendarDate(iso: text) else {
        throw CLIError.badValue(source, text, expected: "a real date as YYYY-MM-DD")
      }
      return date
    }
  }

  /// When an event logged now, or `--on` a day, occurred.
  ///
  /// A day means its midday UTC, so that it stays on that day in every time
  /// zone a report may be read in. A day after today is refused, and so is one
  /// before `CalendarDate.earliestBusinessDay`; one more than ``oldDateYears`` years
  /// before today needs `allowingOld` (`--allow-old-date`), because a mistyped
  /// year makes every client's first sale decades old.
  func occurredAt(on text: String?, option: String = "--on", allowingOld: Bool = false) throws
    -> Instant
  {
    let today = try currentDate()
    guard let text else {
      return try pinnedToday == nil ? .now : today.start.advanced(byMilliseconds: 43_200_000)
    }
    let date = try Self.day(text, option: option, today: today)
    guard date <= today else {
      throw CLIError(
        .usage,
        "\(option) \(text) is in the future (today is \(today)); pass --today to pin another day")
    }
    guard date >= CalendarDate.earliestBusinessDay else {
      throw CLIError(
        .usage,
        "\(option) \(text) is before \(CalendarDate.earliestBusinessDay), the earliest day kam records"
      )
    }
    let old = today.adding(days: -Int64(Self.oldDateYears) * 365 - Int64(Self.oldDateYears / 4))
    guard date >= old || allowingOld else {
      throw CLIError(
        .usage,
        "\(option) \(text) is more than \(Self.oldDateYears) years before today (\(today));"
          + " pass --allow-old-date if that day is right")
    }
    return date.start.advanced(byMilliseconds: 43_200_000)
  }

  /// How many years back an `--on` day may go without `--allow-old-date`.
  static let oldDateYears = 10

  /// Parses a `YYYY-MM-DD` option value.
  static func date(_ text: String, option: String) throws -> CalendarDate {
    guard let date = CalendarDate(iso: text) else {
      throw CLIError.badValue(option, text, expected: "a real date as YYYY-MM-DD")
    }
    return date
  }

  /// Parses a day option that also takes `today` and `yesterday` (`--on`, `--as-of`),
  /// in any case; `today` is read only when the text needs it.
  static func day(
    _ text: String, option: String, today: @autoclosure () throws -> CalendarDate
  ) throws -> CalendarDate {
    switch text.lowercased() {
    case "today": return try today()
    case "yesterday": return try today().adding(days: -1)
    default:
      guard let date = CalendarDate(iso: text) else {
        throw CLIError.badValue(
          option, text, expected: "a real date as YYYY-MM-DD, today or yesterday")
      }
      return date
    }
  }

  /// `--known-at` as an instant, or nil when not given.
  func knownAtInstant() throws -> Instant? {
    guard let knownAt else { return nil }
    guard let instant = Instant(iso: knownAt) else {
      throw CLIError.badValue(
        "--known-at", knownAt, expected: "an ISO 8601 instant (2026-11-28T10:00:00Z) or YYYY-MM-DD")
    }
    return instant
  }

  /// The business day to evaluate: `--as-of`, else today.
  func evaluationDate() throws -> CalendarDate {
    if let asOf { return try Self.day(asOf, option: "--as-of", today: try currentDate()) }
    return try currentDate()
  }

  /// Who is writing: $KAM_ACTOR, else the OS user.
  var actor: String {
    if let actor = console.environment["KAM_ACTOR"], !actor.isEmpty { return actor }
    if let user = console.environment["USER"], !user.isEmpty { return user }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "unknown"
  }

  /// The append context of this invocation: one command id for all it writes.
  func appendContext() -> AppendContext {
    AppendContext(actor: actor)
  }

  /// Evaluates the book on --as-of (as known at --known-at) and finds one
  /// client's row; an unknown client gets the same hint as the logging commands.
  func clientRow(_ slug: String) throws -> (book: Book, view: BookView, row: BookView.ClientRow) {
    let client = try Parse.slug(slug)
    let book = try openBook()
    let (view, row) = try clientRow(client, of: book)
    return (book, view, row)
  }

  /// ``clientRow(_:)`` of a book already open.
  private func clientRow(_ client: ClientSlug, of book: Book) throws -> (
    view: BookView, row: BookView.ClientRow
  ) {
    // Refused before any book-wide work: one row of the directory, not a view of every client.
    guard try book.entry(for: client) != nil else {
      throw try Recorder(global: self).unknownClient(client, book)
    }
    let view = try book.view(
      on: try evaluationDate(), knownAt: try knownAtInstant(), focus: client)
    guard let row = view.row(for: client) else {
      // Known now, but not on that day or at that instant: say so, not "did you mean" itself.
      if let entry = try book.entry(for: client) {
        let asked =
          "on \(view.date)" + (try knownAtInstant().map { " as known at \($0)" } ?? "")
        throw CLIError(
          .usage,
          "client \"\(client)\" is not in the book \(asked)"
            + (entry.registeredOn.map { " (registered on \($0))" } ?? ""))
      }
      throw try Recorder(global: self).unknownClient(client, book)
    }
    return (view, row)
  }

  /// One client's explanation on --as-of, as known at --known-at: from what the book keeps
  /// of the log as it stands when it can (no book-wide work), else from a view focused on
  /// the client (``Book/explanation(of:on:knownAt:)``); refused as ``clientRow(_:)``
  /// refuses a client unknown, or not in the book then.
  func clientExplanation(_ slug: String) throws -> ClientExplanation {
    let client = try Parse.slug(slug)
    let book = try openBook()
    guard try book.entry(for: client) != nil else {
      throw try Recorder(global: self).unknownClient(client, book)
    }
    if let explanation = try book.explanation(
      of: client, on: try evaluationDate(), knownAt: try knownAtInstant())
    {
      return explanation
    }
    // Not in the book on that day or at that instant: worded as every client query words it.
    _ = try clientRow(client, of: book)
    throw CLIError(.usage, "client \"\(client)\" is not in the book on \(try evaluationDate())")
  }

  /// One client's listing on --as-of, with its history and the policy in force: read from
  /// the book's stored listing when it is of the log as it stands (no book-wide work), else
  /// from a view focused on the client (``clientRow(_:)``, which words every refusal).
  func clientListing(_ slug: String) throws -> (
    book: Book, listing: BookListing<ClientListing>, history: ClientHistory
  ) {
    let client = try Parse.slug(slug)
    let book = try openBook()
    if try knownAtInstant() == nil, try book.entry(for: client) != nil,
      let (listing, history) = try book.storedListing(of: client, on: try evaluationDate())
    {
      return (book, listing, history)
    }
    let (view, row) = try clientRow(client, of: book)
    let listing = BookListing(date: view.date, policy: view.policy, rows: [row.listing])
    return (book, listing, row.history)
  }

  /// Opens the book and, unless told not to, brings its projections up to date.
  ///
  /// A write that finds another kam writing waits for it (saying so on
  /// stderr after a second) up to ``busySeconds()``, then fails with exit 75.
  func openBook(catchingUp: Bool = true) throws -> Book {
    let seconds = try busySeconds()
    let book = try BookLocation(bookPath).open()
    let console = console
    book.waitWhenBusy(seconds: seconds) {
      console.err("kam: waiting for another kam to finish writing… (up to \(seconds) s)")
    }
    if catchingUp { try book.catchUp() }
    return book
  }

  /// How long to wait for another writer: $KAM_BUSY_TIMEOUT seconds, else 120.
  func busySeconds() throws -> Int {
    guard let text = console.environment["KAM_BUSY_TIMEOUT"], !text.isEmpty else {
      return Book.defaultBusySeconds
    }
    guard let seconds = Int(text), (0...86_400).contains(seconds) else {
      throw CLIError.badValue(
        "$KAM_BUSY_TIMEOUT", text, expected: "a whole number of seconds from 0 to 86400")
    }
    return seconds
  }
}
