import Dispatch
import KamDomain

/// The background queue every ``ChunkedComputation`` runs on, one after the
/// other: a catch-up's projections are stored in the order they were started,
/// so the first one's results should come first.
private let computing = DispatchQueue(label: "kam.chunked-computation")

/// A pure per-item computation run on other threads in chunks, in order, while
/// the caller consumes the chunks already done.
///
/// A catch-up's per-client projections are computed on the cores but stored on
/// the connection's one thread; computing everything first and then storing it
/// left the other cores idle for the whole of the store. Here the computation
/// runs ahead on the cores the storing thread does not use, and the storing
/// thread waits only when it has caught up with it.
final class ChunkedComputation<Result: Sendable>: @unchecked Sendable {
  /// How many items a chunk holds: small enough that storing starts early.
  static var chunkSize: Int { 512 }

  private let chunks: Int
  /// Chunk `k`'s results, written by the background thread before it signals
  /// `ready[k]` and read by the consumer only after waiting on it.
  private let results: UnsafeMutablePointer<[Result]?>
  private let ready: [DispatchSemaphore]

  /// Starts computing `transform` of every item; the consumer reads the
  /// results with ``forEach(_:)``.
  init<Item: Sendable>(_ items: [Item], _ transform: @escaping @Sendable (Item) -> Result) {
    let size = Self.chunkSize
    chunks = (items.count + size - 1) / size
    results = .allocate(capacity: max(chunks, 1))
    results.initialize(repeating: nil, count: max(chunks, 1))
    ready = (0..<chunks).map { _ in DispatchSemaphore(value: 0) }
    // The storing thread keeps a core; the computation takes the others.
    let workers = max(1, ParallelMap.cores - 1)
    computing.async { [self] in
      for chunk in 0..<chunks {
        let start = chunk * size
        let slice = items[start..<min(start + size, items.count)]
        (results + chunk).pointee = ParallelMap.map(
          slice, minimumPerCore: 16, threads: workers, transform)
        ready[chunk].signal()
      }
    }
  }

  deinit {
    // The background thread holds `self` until its last chunk is written.
    results.deinitialize(count: max(chunks, 1))
    results.deallocate()
  }

  /// Calls `body` with each item's index and result, in order, waiting for
  /// each chunk to be computed; a chunk's results are released once consumed.
  func forEach(_ body: (Int, Result) throws -> Void) rethrows {
    for chunk in 0..<chunks {
      ready[chunk].wait()
      guard let done = (results + chunk).pointee else { continue }
      (results + chunk).pointee = nil
      let start = chunk * Self.chunkSize
      for (offset, result) in done.enumerated() { try body(start + offset, result) }
    }
  }
}
