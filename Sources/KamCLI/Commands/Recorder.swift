import KamBook
import KamDomain
import KamEventLog
import KamTime

/// What the logging commands share: run the command's decider in the book,
/// word a refusal as the command line does, and say what was recorded.
struct Recorder {
  let global: GlobalOptions

  /// Records a command about an existing client.
  ///
  /// A command refused before any book is opened when no history could make
  /// it right; an unknown client is refused with a hint: `kam client add`, and
  /// the nearest existing slug when the name looks like a typo.
  @discardableResult
  func record(_ command: some KamDomain.ClientCommand) throws -> (
    book: Book, recorded: RecordedCommand
  ) {
    if let refusal = command.validate() { throw CLIError(refusal) }
    // No catch-up on opening: the recording transaction catches the
    // projections up anyway, so a lag costs no second transaction and sync.
    let book = try global.openBook(catchingUp: false)
    let recorded: RecordedCommand
    do {
      recorded = try book.execute(command, context: global.appendContext())
    } catch let error {
      guard error.refusal?.code == .unknownClient else { throw error }
      throw try unknownClient(command.client, book)
    }
    if let stopped = recorded.stopped { global.console.err("kam: warning: \(stopped)") }
    return (book, recorded)
  }

  /// An unknown client, as every command words it: how to register it, and the
  /// nearest slug the book has.
  func unknownClient(_ client: ClientSlug, _ book: Book) throws -> CLIError {
    var message =
      "no client \"\(client)\" in the book; register it with `kam client add \(client) --name NAME`"
    if let near = try book.nearestClientSlug(to: client.rawValue) {
      message += " (did you mean \"\(near)\"?)"
    }
    return CLIError(.usage, message)
  }

  /// Refuses a client the book has never heard of, as ``unknownClient(_:_:)``
  /// words it: a list of its events or transitions would be silently empty.
  func requireKnown(_ client: ClientSlug, _ book: Book) throws {
    guard try book.entry(for: client) == nil else { return }
    throw try unknownClient(client, book)
  }

  /// Prints what was recorded: a sentence for people (and `lines` after it),
  /// `{seq, commandId, …}` for programs.
  func report(
    _ events: [StoredEvent], _ sentence: String, lines: [String] = [],
    extra: [JSON.Member] = []
  ) {
    let console = global.console
    guard let first = events.first else { return }
    switch global.outputFormat {
    case .json:
      var members: [JSON.Member] = [
        .init("seq", .integer(first.seq.rawValue)), .init("client", .string(first.stream.rawValue)),
        .init("type", .string(first.type)), .init("commandId", .string(first.commandID.rawValue)),
      ]
      members += extra
      console.line(JSON.object(members))
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
      for line in lines { console.text(line) }
    }
  }
}
