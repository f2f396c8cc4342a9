import Dispatch

/// A sum over many rows cut into fixed slices, each summed on a core of its own.
///
/// The parts come back in slice order, so a caller that adds them in that order gets the
/// same total on any machine, whatever the number of cores or the order the slices finish
/// in: an optimiser evaluates such sums hundreds of times, and must take the same path.
enum FixedSlices {
  /// `part` of each of `slices` ranges cutting 0..<count evenly, in order.
  static func map<Part: Sendable>(
    _ count: Int, slices: Int, _ part: @Sendable (Range<Int>) -> Part
  ) -> [Part] {
    [Part](unsafeUninitializedCapacity: slices) { buffer, initialized in
      // Each slice initializes its own element.
      nonisolated(unsafe) let target = buffer.baseAddress!
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        (target + slice).initialize(
          to: part((count * slice / slices)..<(count * (slice + 1) / slices)))
      }
      initialized = slices
    }
  }
}
