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
  /// Inlinable, and always inlined, so that callers in other modules get it specialised
  /// for their types: a catch-up maps a million payloads through it. Inlinable alone, the
  /// CLI's calls went to the generic body (`perf`: a type lookup and a value witness call
  /// for each cell of a table).
  @inlinable @inline(__always)
  package static func map<Items, Result: Sendable>(
    _ items: Items, minimumPerCore: Int = 256, threads: Int = cores,
    _ transform: @Sendable (Items.Element) -> Result
  ) -> [Result]
  where Items: RandomAccessCollection & Sendable, Items.Index == Int, Items.Element: Sendable {
    // An array's elements are lent to `transform` where they lie: `items[i]` would copy
    // each out, and a client's history is a dozen arrays to retain and release.
    let mapped = items.withContiguousStorageIfAvailable { elements in
      let lent = InPlace(elements)
      return map(count: items.count, minimumPerCore: minimumPerCore, threads: threads) {
        transform(lent[$0])
      }
    }
    if let mapped { return mapped }
    let first = items.startIndex
    return map(count: items.count, minimumPerCore: minimumPerCore, threads: threads) {
      transform(items[first + $0])
    }
  }

  /// `transform` of every position in `0..<count`, in order, in chunks on up to `threads`
  /// threads; sequential for few.
  @inlinable @inline(__always)
  package static func map<Result: Sendable>(
    count: Int, minimumPerCore: Int, threads: Int, _ transform: @Sendable (Int) -> Result
  ) -> [Result] {
    guard count > 0 else { return [] }
    let chunks = max(1, min(threads, count / max(minimumPerCore, 1)))
    return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
      // Each chunk initializes its own disjoint range of the buffer; a single one on this
      // thread, where `(0..<count).map(transform)`, left unspecialised, went through the
      // range's generic witnesses for every element.
      nonisolated(unsafe) let target = buffer.baseAddress!
      @Sendable func fill(_ chunk: Int) {
        for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
          (target + index).initialize(to: transform(index))
        }
      }
      if chunks > 1 {
        DispatchQueue.concurrentPerform(iterations: chunks, execute: fill)
      } else {
        fill(0)
      }
      initialized = count
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
