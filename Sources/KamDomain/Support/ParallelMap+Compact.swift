import Dispatch

extension ParallelMap {
  /// The non-nil results of `transform` over every item, in order, computed on up to
  /// `threads` threads; the first error by item order is thrown once every thread is done.
  ///
  /// Where `map` then `compactMap` would copy every kept result once more (for a client's
  /// history, a retain of each of its arrays and a release of the original), the results
  /// here are written once and moved down over the gaps.
  @inlinable
  package static func compactMap<Items, Result: Sendable, Failure: Error>(
    _ items: Items, minimumPerCore: Int = 256, threads: Int = cores,
    _ transform: @Sendable (Items.Element) throws(Failure) -> Result?
  ) throws(Failure) -> [Result]
  where Items: RandomAccessCollection & Sendable, Items.Index == Int, Items.Element: Sendable {
    let chunks = max(1, min(threads, items.count / max(minimumPerCore, 1)))
    let first = items.startIndex
    let count = items.count
    // Per chunk: how many results it kept at the front of its range, and its error.
    var kept = [Int](repeating: 0, count: chunks)
    var failures = [Failure?](repeating: nil, count: chunks)
    let results = [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
      nonisolated(unsafe) let target = buffer.baseAddress!
      kept.withUnsafeMutableBufferPointer { keptBuffer in
        failures.withUnsafeMutableBufferPointer { failureBuffer in
          // Each chunk writes only its own range and its own two slots.
          nonisolated(unsafe) let keptSlots = keptBuffer.baseAddress!
          nonisolated(unsafe) let failureSlots = failureBuffer.baseAddress!
          // One chunk runs on the calling thread.
          DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            var next = range.lowerBound
            do throws(Failure) {
              for index in range {
                if let result = try transform(items[first + index]) {
                  (target + next).initialize(to: result)
                  next += 1
                }
              }
            } catch {
              failureSlots[chunk] = error
            }
            keptSlots[chunk] = next - range.lowerBound
          }
        }
      }
      // Moved, not copied, down over the gaps each chunk left at its end.
      var end = 0
      for chunk in 0..<chunks {
        let start = count * chunk / chunks
        if start != end { (target + end).moveInitialize(from: target + start, count: kept[chunk]) }
        end += kept[chunk]
      }
      initialized = end
    }
    if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    return results
  }
}
