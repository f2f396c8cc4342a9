import Dispatch
package import KamEventLog
package import KamSQLite
import Synchronization

extension SQLiteEventLog {
  /// Reads the events after `position` a batch of `batch` at a time, checking the hash
  /// chain from `start`, on a connection and a thread of their own, one batch ahead of
  /// `body`, which runs on the calling thread with each batch in order and the chain as
  /// checked through it; `body` returns false to stop. At most two batches are held at
  /// once: the one `body` has, and the next, being read or waiting.
  ///
  /// A rebuild reads every event (CDNOW: 93,230) and decodes and folds them: with the read
  /// on another core the two overlap. The reading connection sees the log as last
  /// committed, so that must be the log `writer` sees: `writer` must be inside a write
  /// transaction, whose lock keeps other writers out, and must have appended nothing (the
  /// two last events are compared, position and hash). Returns false, having called `body`
  /// for nothing, when the read cannot be made that way (no write transaction, another
  /// last event, a journal other than WAL, a SQLite built single-threaded, a connection
  /// that fails before its first batch): the caller then reads on its own connection,
  /// where a real fault of the file shows as it always did.
  ///
  /// The reader touches nothing of `self` but its path and upcaster, both immutable: the
  /// writer's connection and the append cache stay the calling thread's.
  package func forEachBatchToFoldReadingAhead(
    after position: SequenceNumber, batch: Int, checkingFrom start: ChainCheck,
    writer: Database, _ body: ([StoredEvent], ChainCheck) throws -> Bool
  ) throws -> Bool {
    precondition(batch > 0, "a batch holds at least one event")
    let path = writer.filename
    guard Database.isThreadSafe, writer.isInWriteTransaction, !path.isEmpty,
      try writer.scalar(String.self, "PRAGMA journal_mode")?.lowercased() == "wal"
    else { return false }
    let expected = try Self.lastEvent(in: writer)
    let handoff = BatchHandoff()
    // A queue of its own, so a thread of its own: the global queue's few threads may all be
    // blocked (by tests running side by side), and the taker would wait for ever.
    DispatchQueue(label: "kam.read-ahead").async { [self] in
      handoff.run { room, put in
        // A failure to open or to ask for the last event declines: reading in turn will meet
        // a real fault of the file on the writer's connection, and report it as before. A
        // fault met reading a batch is thrown to the taker, as reading in turn would.
        guard let db = try? Database(path: path, mode: .readOnly) else { return put(.unavailable) }
        db.setBusyTimeout(milliseconds: Self.busyTimeoutMilliseconds)
        try db.inTransaction(.deferred) {
          guard let last = try? Self.lastEvent(in: db), last == expected else {
            return put(.unavailable)
          }
          var chain = start
          var position = position
          while room() {
            var events: [StoredEvent] = []
            events.reserveCapacity(batch)
            try forEachEventToFold(after: position, limit: batch, checking: &chain, in: db) {
              events.append($0)
            }
            if let last = events.last { position = last.seq }
            put(.batch(events, chain))
            if events.count < batch { return put(.end) }
          }
        }
      }
    }
    defer { handoff.stop() }
    while true {
      switch try handoff.take() {
      case .unavailable: return false
      case .batch(let events, let chain): guard try body(events, chain) else { return true }
      case .end: return true
      }
    }
  }

  /// The last event's position and hash: two connections that agree on them see one log.
  private static func lastEvent(in db: Database) throws -> [UInt8] {
    try db.fetchOne("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1") { row in
      withUnsafeBytes(of: try row.column(0, as: Int64.self)) { Array($0) }
        + (try row.column(1, as: Blob.self).bytes)
    } ?? []
  }
}

/// Batches read on one thread and taken on another, one ahead. The reader stops when the
/// taker does, and ``stop()`` waits for it: nothing reads the file once the taker has
/// returned.
private final class BatchHandoff: Sendable {
  enum Item: Sendable {
    case batch([StoredEvent], ChainCheck)
    case end
    case unavailable
  }

  /// Signalled when there is room for the next batch: once at first, then once per take.
  private let room = DispatchSemaphore(value: 0)
  private let filled = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)
  private let state = Mutex<(items: [Result<Item, any Error>], stopped: Bool)>(([], false))

  init() {
    // Made at zero and signalled: libdispatch traps on disposing of a semaphore below the
    // value it was made with, where a taker that stops early leaves this one.
    room.signal()
  }

  /// Runs the reader, on its thread: `read` waits for `room` before reading each batch
  /// (false once the taker has stopped) and hands each item to `put`; what it throws, the
  /// taker rethrows.
  func run(_ read: (_ room: () -> Bool, _ put: (Item) -> Void) throws -> Void) {
    defer { finished.signal() }
    let stopped = { self.state.withLock { $0.stopped } }
    do {
      try read(
        {
          // Once stopped, no wait: ``stop()`` makes room for one wait only.
          guard !stopped() else { return false }
          room.wait()
          return !stopped()
        },
        { item in
          state.withLock { state in
            guard !state.stopped else { return }
            state.items.append(.success(item))
            filled.signal()
          }
        })
    } catch {
      state.withLock { state in
        state.items.append(.failure(error))
        filled.signal()
      }
    }
  }

  /// The next item, waiting for it; taking a batch makes room for the next.
  func take() throws -> Item {
    filled.wait()
    let next = state.withLock { $0.items.removeFirst() }
    room.signal()
    return try next.get()
  }

  /// Tells the reader to stop and waits until it has.
  func stop() {
    state.withLock { $0.stopped = true }
    room.signal()
    finished.wait()
  }
}
