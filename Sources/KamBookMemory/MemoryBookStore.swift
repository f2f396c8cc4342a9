package import KamBook
import KamEventLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A book held in memory, gone with the process: the second store, which
/// proves that the book's seam carries everything (the Book tests run on it
/// as on SQLite).
///
/// One writer at a time, as on every store: a write works on a copy of the
/// state and puts it back when the closure returns. A read works on the state
/// as it was when it began.
package final class MemoryBookStore: BookStore, @unchecked Sendable {
  /// Guards `state`.
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private var state = MemoryBookState()

  package var location: String { "memory" }

  /// An empty store.
  package init() {
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  package func read<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result {
    pthread_mutex_lock(mutex)
    let snapshot = state
    pthread_mutex_unlock(mutex)
    return try body(MemoryBookTransaction(snapshot, writable: false))
  }

  package func write<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    let transaction = MemoryBookTransaction(state, writable: true)
    let result = try body(transaction)
    state = transaction.state
    return result
  }

  package func waitWhenBusy(
    seconds: Int, noticeAfterMilliseconds: Int64, notice: @escaping () -> Void
  ) {}

  package func storageProblem() throws -> String? { nil }
}
