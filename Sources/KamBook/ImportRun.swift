import KamDomain
import KamEventLog
import KamTime

/// One pass over a CSV file: rows to events, appended in batches inside the
/// caller's transaction.
struct ImportRun {
  let rules: ImportRules
  let reader: LineReader
  let file: String
  let today: CalendarDate
  let context: AppendContext
  let rejects: RejectWriter?
  let progress: ((Int, Int) -> Void)?
  var summary = ImportSummary()
  private var batch: [NewEvent] = []
  private var knownClients: Set<String> = []
  /// Counts how often each distinct row has been seen so far (the store's
  /// ``RowOccurrences``), set for the transaction under way.
  private var occurrences: (any RowOccurrences)?
  /// True once the first transaction has set up the occurrence table.
  private var started = false

  init(
    rules: ImportRules, reader: LineReader, file: String, today: CalendarDate,
    context: AppendContext, rejects: RejectWriter?, progress: ((Int, Int) -> Void)?
  ) {
    self.rules = rules
    self.reader = reader
    self.file = file
    self.today = today
    self.context = context
    self.rejects = rejects
    self.progress = progress
  }

  /// Imports rows until the end of the file, or until `limit` rows when
  /// given; true when rows are left for another call (another transaction).
  mutating func importRows(into book: Book, tx: any BookTransaction, limit: Int?) throws -> Bool {
    occurrences = try tx.rowOccurrences(reset: !started)
    started = true
    defer { occurrences = nil }
    var taken = 0
    while let line = try reader.next() {
      if Self.isBlank(line) { continue }
      summary.rows += 1
      taken += 1
      do {
        try add(line, book: book, tx: tx)
      } catch let error as RowError {
        guard let rejects else {
          throw BookError(.badInput, "\(file):\(reader.lineNumber): \(error)")
        }
        try rejects.write(line: reader.lineNumber, reason: error.description, row: line)
        summary.rejected += 1
      }
      if summary.rows % 10_000 == 0 { progress?(reader.bytesRead, reader.size) }
      if batch.count >= Importer.batchSize { try flush(book, tx) }
      if let limit, taken >= limit {
        try flush(book, tx)
        return true
      }
    }
    try flush(book, tx)
    progress?(reader.bytesRead, reader.size)
    return false
  }

  /// True for a line of blanks only, which is no row.
  static func isBlank(_ line: [UInt8]) -> Bool {
    line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }

  /// The event of one line: its bytes checked (or converted) to UTF-8,
  /// split, and made into an event with a date.
  static func event(
    _ line: [UInt8], rules: ImportRules, today: CalendarDate, lineNumber: Int, offset: Int
  ) throws(RowError) -> (client: ClientSlug, date: CalendarDate, event: DomainEvent) {
    let text = try rules.utf8(line, lineNumber: lineNumber, offset: offset)
    let (client, date, event) = try rules.event(from: rules.columns(of: text), today: today)
    guard let date = date ?? (rules.event == .client ? today : nil) else {
      throw RowError(field: "date", message: "is empty; a \(rules.event.rawValue) needs it")
    }
    return (client, date, event)
  }

  private mutating func add(_ line: [UInt8], book: Book, tx: any BookTransaction) throws {
    let (client, date, event) = try Self.event(
      line, rules: rules, today: today, lineNumber: reader.lineNumber, offset: reader.lineOffset)
    let occurredAt = date.start.advanced(byMilliseconds: 43_200_000)
    if rules.event != .client, try !isKnown(client, tx) {
      let registration = DomainEvent.clientRegistered(
        ClientRegistered(client: client, name: client.rawValue))
      append(
        registration, client, occurredAt,
        id: .derived(from: Array("client:\(client)".utf8), prefix: "r"))
      summary.clientsAdded += 1
    } else if rules.event == .client {
      if try isKnown(client, tx) { return }
    }
    knownClients.insert(client.rawValue)
    var content = Array("\(event.type)|\(client)|\(date)|".utf8)
    content += event.payloadBytes
    let count = try occurrence(of: content)
    content += Array("|\(count)".utf8)
    append(event, client, occurredAt, id: .derived(from: content, prefix: "i"))
  }

  /// 1 for the first row with this content, 2 for the second, …
  private func occurrence(of content: [UInt8]) throws -> Int64 {
    guard let occurrences else { return 1 }
    return try occurrences.next(content.hashValue)
  }

  private mutating func isKnown(_ client: ClientSlug, _ tx: any BookTransaction) throws -> Bool {
    if knownClients.contains(client.rawValue) { return true }
    let known = try tx.directoryEntry(of: client) != nil
    if known { knownClients.insert(client.rawValue) }
    return known
  }

  private mutating func append(
    _ event: DomainEvent, _ client: ClientSlug, _ at: Instant, id: EventID
  ) {
    batch.append(
      NewEvent(
        id: id, stream: StreamID(client.rawValue), type: event.type, typeVersion: event.version,
        occurredAt: at, payload: event.payloadBytes))
  }

  private mutating func flush(_ book: Book, _ tx: any BookTransaction) throws {
    guard !batch.isEmpty else { return }
    let result = try tx.append(batch, context: context)
    summary.added += batch.count - result.duplicates
    summary.duplicates += result.duplicates
    batch.removeAll(keepingCapacity: true)
  }
}
