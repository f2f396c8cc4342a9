import KamDomain
import KamEventLog

/// The client histories one catch-up's per-client projections read, folded once
/// and shared by all of them.
///
/// Three sources, cheapest first: histories the caller already folded (a
/// logging command's own client), the whole log folded from the catch-up's
/// batches when it starts at the first event (a rebuild), and otherwise the
/// log read again, one stream per client or in one pass for many clients.
final class CatchUpHistories {
  private let book: Book
  private var known: [ClientSlug: ClientHistory]
  /// True while folding every batch: the batches are then the whole log.
  private let collecting: Bool
  /// True once `known` holds every client's history.
  private var complete: Bool

  /// Histories for a catch-up from `checkpoint`, with `folded` ones already current.
  init(_ book: Book, from checkpoint: Int64, folded: [ClientSlug: ClientHistory]) {
    self.book = book
    self.known = checkpoint == 0 ? [:] : folded
    self.collecting = checkpoint == 0
    self.complete = checkpoint == 0
  }

  /// Folds one event of the catch-up, of `client`'s stream, when collecting.
  func collect(_ recorded: RecordedEvent, of client: ClientSlug) {
    guard collecting else { return }
    known[client, default: ClientHistory(client: client)].apply(recorded)
  }

  /// Gets ready to answer for `clients`: many unknown ones are read in one pass.
  func prepare(for clients: Set<ClientSlug>) throws {
    guard !complete else { return }
    if clients.count(where: { known[$0] == nil }) > 64 {
      known = try book.histories()
      complete = true
    }
  }

  /// The client's history through the end of the log; nil when it has no events.
  func history(of client: ClientSlug) throws -> ClientHistory? {
    if let history = known[client] { return history }
    if complete { return nil }
    let history = try book.history(of: client).0
    known[client] = history
    return history
  }
}
