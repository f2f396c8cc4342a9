import KamDomain
import KamEventLog

/// The client histories one catch-up's per-client projections read, folded once
/// and shared by all of them.
///
/// Three sources, cheapest first: histories the caller already folded (a
/// logging command's own client), the whole log folded from the catch-up's
/// batches when it starts at the first event (a rebuild), and otherwise the
/// log read again, one stream per client or in one pass for many clients,
/// on the catch-up's connection.
final class CatchUpHistories {
  private let book: Book
  private var known: [ClientSlug: ClientHistory]
  /// True while folding every batch: the batches are then the whole log.
  private let collecting: Bool
  /// True once `known` holds every client's history.
  private var complete: Bool
  /// The event a projection stopped at, when one did: what is read again
  /// stops before it, so the projections hold what precedes the stop, as a
  /// rebuild would.
  private var stop: SequenceNumber?

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

  /// Marks the catch-up as stopped at `seq`: histories folded by the caller
  /// may hold later events, so they are dropped and read again up to it.
  func stopped(at seq: Int64) {
    stop = SequenceNumber(rawValue: seq)
    if !collecting { known = [:] }
    (collected, policy) = (nil, nil)
  }

  /// The policy in force at the end of the catch-up (before a stop), read once.
  func policy(_ tx: any BookTransaction) throws -> Policy {
    if let policy { return policy }
    let policy = try book.policy(before: stop, in: tx)
    self.policy = policy
    return policy
  }

  /// What ``policy(_:)`` returned, once asked: the log does not move while projections finish.
  private var policy: Policy?

  /// Every client folded from the batches, in slug order: for a catch-up from
  /// the first event, every client of the log (up to a stop).
  func collectedClients() -> [ClientSlug] {
    collectedHistories().clients
  }

  /// ``collectedClients()`` with their histories (same indices), sorted once for every
  /// projection: sorting and looking up 23,570 slugs three times cost a CDNOW rebuild
  /// about 90 ms.
  func collectedHistories() -> (clients: [ClientSlug], histories: [ClientHistory?]) {
    guard collecting else { return ([], []) }
    if let collected { return collected }
    let sorted = known.sorted { $0.key < $1.key }
    let collected = (sorted.map(\.key), sorted.map { Optional($0.value) })
    self.collected = collected
    return collected
  }

  /// What ``collectedHistories()`` returned, once asked.
  private var collected: (clients: [ClientSlug], histories: [ClientHistory?])?

  /// Gets ready to answer for `clients`: many unknown ones are read in one pass.
  func prepare(for clients: Set<ClientSlug>, _ tx: any BookTransaction) throws {
    guard !complete else { return }
    if clients.count(where: { known[$0] == nil }) > 64 {
      known = try book.histories(before: stop, in: tx)
      complete = true
    }
  }

  /// The client's history through the end of the log; nil when it has no events.
  func history(of client: ClientSlug, _ tx: any BookTransaction) throws -> ClientHistory? {
    if let history = known[client] { return history }
    if complete { return nil }
    let history = try book.history(of: client, before: stop, in: tx).0
    known[client] = history
    return history
  }
}
