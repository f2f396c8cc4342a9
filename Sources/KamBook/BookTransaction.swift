package import KamDomain
package import KamEventLog
package import KamTime

/// One transaction of a ``BookStore``: the log, and the state the book's
/// projections keep beside it.
///
/// The projections' folds are the domain's; what a store keeps is their
/// results, by client, and a checkpoint per projection. A store may keep them
/// as it likes (SQLite and PostgreSQL in tables, the memory store in
/// dictionaries), provided that what it reads back is what was written in the
/// same or an earlier committed transaction.
package protocol BookTransaction: EventLogTransaction {
  /// The model stored under `name` for `day`, if any (whatever log position it was fitted at).
  func storedModel(_ name: String, on day: CalendarDate) throws -> StoredModel?
  /// The models stored under each of `names` for `day`, in the order of `names`, nil where
  /// none is: one read for a listing's parts (on a server, one round trip for all).
  func storedModels(_ names: [String], on day: CalendarDate) throws -> [StoredModel?]
  /// Stores `model` in place of the one for its name and day, and drops every model of
  /// its name stored at an earlier log position: only the latest of a name is read again
  /// (the risk facts, caught up from it) or read at all.
  func save(_ model: StoredModel) throws
  /// Drops every stored model: a rebuild folds the log again, and what was computed from
  /// the old projections at the same log position need not be what the new ones give.
  func removeStoredModels() throws
  /// A projection's position against the log, nil when it has none yet.
  func checkpoint(of projection: String) throws -> ProjectionCheckpoint?
  /// Records a projection's position (replacing the one it had).
  func save(_ checkpoint: ProjectionCheckpoint) throws
  /// Forgets a projection's position, for a rebuild.
  func removeCheckpoint(of projection: String) throws

  /// Empties a projection's state, for a rebuild.
  ///
  /// A store may set a table's secondary indexes aside, to be built in one pass
  /// over the filled table by ``buildIndexes()`` rather than row by row.
  func reset(_ table: ProjectionTable) throws
  /// Reads the log after `position` `batch` events at a time, in order, checking the
  /// hash chain as it goes when `chain` is given (a rebuild, from the first event), and
  /// calls `body` with each batch and the chain's first failure through it; `body`
  /// returns false to stop. A store may read the next batch on a connection of its own
  /// while `body` works on this one, and then returns true.
  @discardableResult
  func forEachBatchToFold(
    after position: SequenceNumber, batch: Int, checking chain: inout ChainCheck?,
    _ body: ([StoredEvent], (seq: SequenceNumber, problem: String)?) throws -> Bool
  ) throws -> Bool
  /// Builds the indexes ``reset(_:)`` set aside, once the tables are filled:
  /// a rebuild calls it before it commits.
  func buildIndexes() throws
  /// Recreates, empty, any part of the projections' storage missing (a table
  /// dropped behind kam's back): derived state a rebuild then fills.
  func restoreMissingProjectionStorage() throws

  /// The directory entry of a client, or nil.
  func directoryEntry(of client: ClientSlug) throws -> DirectoryEntry?
  /// Every directory entry, by slug.
  func directoryEntries() throws -> [DirectoryEntry]
  /// Every client's slug, in order: what "did you mean" searches, without the entries.
  func clientSlugs() throws -> [String]
  /// The client's slug nearest to `typed` (``SlugSearch``): what an unknown client's
  /// "did you mean" names, searched where the store keeps the slugs.
  func nearestClientSlug(to typed: String) throws -> String?
  /// Writes a directory entry (replacing the client's).
  func save(_ entry: DirectoryEntry) throws

  /// Replaces a client's stage transitions with `transitions`, in order.
  func replaceTransitions(of client: ClientSlug, with transitions: [StageTransition]) throws
  /// The stage transitions matching `query`, by date, then client, then order.
  func transitions(matching query: TransitionQuery) throws -> [ClientTransition]

  /// Replaces a client's packed value days (``PackedValueDays``); nil removes them.
  func replaceValueDays(of client: ClientSlug, with row: ValueDaysRow?) throws
  /// Calls `body` with each client known by `day` (its first day on or before
  /// it), by slug, and its packed value days.
  func forEachValueDays(
    knownBy day: CalendarDate, _ body: (ClientSlug, UnsafeRawBufferPointer) throws -> Void) throws

  /// Replaces a client's stored history (``ClientHistory/snapshot``); nil removes it.
  func replaceSnapshot(of client: ClientSlug, with snapshot: [UInt8]?) throws
  /// A client's stored history, or nil.
  func snapshot(of client: ClientSlug) throws -> [UInt8]?
  /// Every stored history, with its client's slug as stored.
  func snapshots() throws -> [(client: String, snapshot: [UInt8])]

  /// The projections' records that name an event: checkpoints, stops, the
  /// directory's last events, the transitions' causes. Verification checks
  /// that none names an event past the end of the log.
  func projectionWatermarks() throws -> [LogWatermark]

  /// The import's counter of repeated rows, for this transaction; `reset`
  /// empties it, at the import's first transaction.
  func rowOccurrences(reset: Bool) throws -> any RowOccurrences

  /// Each command of `actor`, in the order of its first event, with what
  /// ``UndoHistory`` needs to know of it.
  func commandTallies(of actor: String) throws -> [CommandTally]
}

extension BookTransaction {
  /// Nothing to build: a store whose ``reset(_:)`` keeps its indexes.
  package func buildIndexes() throws {}

  /// Each batch read in turn on this transaction: a store with one connection to a book.
  @discardableResult
  package func forEachBatchToFold(
    after position: SequenceNumber, batch: Int, checking chain: inout ChainCheck?,
    _ body: ([StoredEvent], (seq: SequenceNumber, problem: String)?) throws -> Bool
  ) throws -> Bool {
    try readBatchesInTurn(after: position, batch: batch, checking: &chain, body)
    return false
  }

  /// ``forEachBatchToFold(after:batch:checking:_:)`` on this transaction alone, each
  /// batch read once `body` is done with the one before.
  package func readBatchesInTurn(
    after position: SequenceNumber, batch: Int, checking chain: inout ChainCheck?,
    _ body: ([StoredEvent], (seq: SequenceNumber, problem: String)?) throws -> Bool
  ) throws {
    precondition(batch > 0, "a batch holds at least one event")
    var position = position
    while true {
      var stored: [StoredEvent] = []
      if chain != nil {
        try forEachEventToFold(after: position, limit: batch, checking: &chain!) {
          stored.append($0)
        }
      } else {
        try forEachEventToFold(after: position, limit: batch) { stored.append($0) }
      }
      let full = stored.count == batch
      if let last = stored.last { position = last.seq }
      guard try body(stored, chain?.failure), full else { return }
    }
  }

  /// Each slug of ``clientSlugs()`` considered in turn: a store that holds its slugs as
  /// strings already.
  package func nearestClientSlug(to typed: String) throws -> String? {
    SlugSuggester.nearest(to: typed, in: try clientSlugs())
  }

  /// Each model read alone: a store next to its process, where a read is no round trip.
  package func storedModels(_ names: [String], on day: CalendarDate) throws -> [StoredModel?] {
    try names.map { try storedModel($0, on: day) }
  }
}
