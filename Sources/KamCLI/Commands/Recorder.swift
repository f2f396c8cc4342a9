import KamBook
import KamDomain
import KamEventLog
import KamTime

/// What the logging commands share: find the client, let the command decide
/// its events against the client's history, append, and say what was recorded.
struct Recorder {
  let global: GlobalOptions

  /// Records events for an existing client.
  ///
  /// An unknown client is refused with a hint: `kam client add`, and the
  /// nearest existing slug when the name looks like a typo.
  @discardableResult
  func record(
    _ client: ClientSlug, _ decide: (ClientHistory) throws -> [PendingEvent]
  ) throws -> (book: Book, events: [StoredEvent]) {
    // No catch-up on opening: the recording transaction catches the
    // projections up anyway, so a lag costs no second transaction and sync.
    let book = try global.openBook(catchingUp: false)
    // The hint reads the directory, after the recording transaction: inside
    // it, the book cannot be asked again.
    struct Unknown: Error {}
    let (events, stopped): ([StoredEvent], String?)
    do {
      (events, stopped) = try book.recordCatchingUp(
        client: client, context: global.appendContext()
      ) {
        history in
        guard let history, history.isRegistered else { throw Unknown() }
        return try decide(history)
      }
    } catch is Unknown {
      throw try unknownClient(client, book)
    }
    if let stopped { global.console.err("kam: warning: \(stopped)") }
    return (book, events)
  }

  func unknownClient(_ client: ClientSlug, _ book: Book) throws -> CLIError {
    let slugs = try book.directory().map(\.client.rawValue)
    var message =
      "no client \"\(client)\" in the book; register it with `kam client add \(client) --name NAME`"
    if let near = SlugSuggester.nearest(to: client.rawValue, in: slugs) {
      message += " (did you mean \"\(near)\"?)"
    }
    return CLIError(.usage, message)
  }

  /// Prints what was recorded: a sentence for people, `{seq, commandId, …}` for programs.
  func report(_ events: [StoredEvent], _ sentence: String, extra: [JSON.Member] = []) {
    let console = global.console
    guard let first = events.first else { return }
    switch global.outputFormat {
    case .json:
      var members: [JSON.Member] = [
        .init("seq", .integer(first.seq.rawValue)), .init("client", .string(first.stream.rawValue)),
        .init("type", .string(first.type)), .init("commandId", .string(first.commandID.rawValue)),
      ]
      members += extra
      console.line(JSON.object(members).rendered)
    case .csv:
      let header = ["seq", "client", "type", "commandId"] + extra.map(\.key)
      console.line(header.joined(separator: ","))
      let values = [
        String(first.seq.rawValue), first.stream.rawValue, first.type, first.commandID.rawValue,
      ]
      console.line(
        (values + extra.map { RecordWriter.csvField($0.value.cell) }).joined(separator: ","))
    case .table:
      console.text("\(sentence) (event \(first.seq), command \(first.commandID))")
    }
  }
}
