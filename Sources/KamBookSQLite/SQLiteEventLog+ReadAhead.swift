import Dispatch
package import KamEventLog
package import KamSQLite
import Synchronization

extension SQLiteEventLog {
  /// Reads the events after `position` a batch of `batch` at a time, checking the hash
  /// chain from `start`, on a connection and a thread of their own, one batch ahead of
  /// `body`, which runs on the calling thread with each batch in order and the chain as
  /// checked through it; `body` returns false to stop.
  ///
  /// A rebuild reads every event (CDNOW: 93,230) and decodes and folds them: with the read
  /// on another core the two overlap. The reading connection sees the log as last
  /// committed, so that must be the log `writer` sees: `writer` is inside a write
  /// transaction, whose lock keeps other writers out, and has appended nothing (the two
  /// last sequence numbers are compared). Returns false, having called `body` for nothing,
  /// when the read cannot be made that way (another last event, a journal other than WAL,
  /// a connection refused): the caller then reads on its own connection.
  package func forEachBatchToFoldReadingAhead(
    after position: SequenceNumber, batch: Int, checkingFrom start: ChainCheck,
    writer: Database, _ body: ([StoredEvent], ChainCheck) throws -> Bool
  ) throws -> Bool {
    guard queue.path != ":memory:",
      try writer.scalar(String.self, "PRAGMA journal_mode")?.lowercased() == "wal"
    else { return false }
    let expected = try lastSequence(in: writer)
    let handoff = BatchHandoff(depth: 2)
    // A queue of its own, so a thread of its own: the global queue's few threads may all be
    // blocked (by tests running side by side), and the taker would wait for ever.
    DispatchQueue(label: "kam.read-ahead").async { [self] in
      handoff.run { put in
        guard let db = try? Database(path: queue.path, mode: .readOnly) else {
          _ = put(.unavailable)
          return
        }
        db.setBusyTimeout(milliseconds: Self.busyTimeoutMilliseconds)
        try db.inTransaction(.deferred) {
          guard try lastSequence(in: db) == expected else {
            _ = put(.unavailable)
            return
          }
          var chain = start
          var position = position
          while true {
            var events: [StoredEvent] = []
            events.reserveCapacity(batch)
            try forEachEventToFold(after: position, limit: batch, checking: &chain, in: db) {
              events.append($0)
            }
            let full = events.count == batch
            if let last = events.last { position = last.seq }
            guard put(.batch(events, chain)) else { return }
            guard full else { break }
          }
          _ = put(.end)
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
}

/// Batches read on one thread and taken on another, at most `depth` ahead. The reader
/// stops when the taker does, and ``stop()`` waits for it: nothing reads the file once
/// the taker has returned.
private final class BatchHandoff: Sendable {
  enum Item: Sendable {
    case batch([StoredEvent], ChainCheck)
    case end
    case unavailable
  }

  private let free: DispatchSemaphore
  private let filled = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)
  private let state = Mutex<(items: [Result<Item, any Error>], stopped: Bool)>(([], false))

  init(depth: Int) {
    // Made from zero and signalled: libdispatch traps on disposing of a semaphore below the
    // value it was made with, which a taker that stops early leaves `free` at.
    free = DispatchSemaphore(value: 0)
    for _ in 0..<depth { free.signal() }
  }

  /// Runs the reader, on its thread: `read` hands each item to `put`, which waits for
  /// room and says whether the taker still wants more; what `read` throws, the taker
  /// rethrows.
  func run(_ read: (_ put: (Item) -> Bool) throws -> Void) {
    defer { finished.signal() }
    do {
      try read { item in
        // Once stopped, no wait: ``stop()`` makes room for one put only.
        guard !state.withLock({ $0.stopped }) else { return false }
        free.wait()
        return state.withLock { state in
          guard !state.stopped else { return false }
          state.items.append(.success(item))
          filled.signal()
          return true
        }
      }
    } catch {
      state.withLock { state in
        state.items.append(.failure(error))
        filled.signal()
      }
    }
  }

  /// The next item, waiting for it.
  func take() throws -> Item {
    filled.wait()
    let next = state.withLock { $0.items.removeFirst() }
    free.signal()
    return try next.get()
  }

  /// Tells the reader to stop and waits until it has.
  func stop() {
    state.withLock { $0.stopped = true }
    free.signal()
    finished.wait()
  }
}
