import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Maps a pure function over many items on every core, keeping their order.
///
/// For work that is pure and per item: in a catch-up, decoding payloads and
/// computing a client's timeline (the reads and writes around them stay on the
/// caller's thread, since a connection belongs to one thread at a time); in a
/// whole-book view, each client's value and risk facts.
package enum ParallelMap {
  /// The cores to use.
  package static let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

  /// `transform` applied to every item, in order, on up to `threads` threads (every core
  /// unless told); sequential for few items.
  ///
  /// Inlinable, so that callers in other modules get it specialised for their
  /// types: a catch-up maps a million payloads through it.
  @inlinable
  package static func map<Items, Result: Sendable>(
    _ items: Items, minimumPerCore: Int = 256, threads: Int = cores,
    _ transform: @Sendable (Items.Element) -> Result
  ) -> [Result]
  where Items: RandomAccessCollection & Sendable, Items.Index == Int, Items.Element: Sendable {
    let chunks = min(threads, items.count / max(minimumPerCore, 1))
    guard chunks > 1, !items.isEmpty else { return items.map(transform) }
    let first = items.startIndex
    return [Result](unsafeUninitializedCapacity: items.count) { buffer, count in
      // Each chunk initializes its own disjoint range of the buffer.
      nonisolated(unsafe) let target = buffer.baseAddress!
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let range = (items.count * chunk / chunks)..<(items.count * (chunk + 1) / chunks)
        for index in range {
          (target + index).initialize(to: transform(items[first + index]))
        }
      }
      count = items.count
    }
  }
}

extension ParallelMap {
  /// `first()` on the calling thread while `second()` runs on another, both results once
  /// both are done.
  ///
  /// For two independent pieces of work of which the first spreads over the cores itself
  /// (a `map` inside it keeps its full width): the second fills the cores the first
  /// leaves idle between its parallel stretches.
  package static func both<First, Second: Sendable, Failure: Error>(
    _ first: () throws(Failure) -> First, _ second: @escaping @Sendable () -> Second
  ) throws(Failure) -> (First, Second) {
    guard cores > 1 else { return (try first(), second()) }
    let result = ResultBox<Second>()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { result.value = second() }
    // Waits on every path, a throwing `first` too: `second` must not outlive the call.
    defer { group.wait() }
    let value = try first()
    group.wait()
    return (value, result.value!)
  }
}

/// A value handed from one thread to another, read only after the writer's group was
/// waited for.
private final class ResultBox<Value>: @unchecked Sendable {
  var value: Value?
}
