/// Where a long operation's time went, phase by phase: what `kam-bench` prints
/// for a rebuild, so that the next step is visible.
///
/// A phase is timed on the thread that runs it (the book's connection's); work it
/// hands to the other cores counts as its wall time. A phase met again (each batch
/// of a catch-up) adds to its first entry, so the phases keep the order they began in.
///
/// ```swift
/// let phases = PhaseTimes()
/// try book.rebuild(phases: phases)
/// for (name, seconds) in phases.phases { print(name, seconds) }
/// ```
package final class PhaseTimes {
  /// Each phase's name and its seconds so far, in the order they first ran.
  package private(set) var phases: [(name: String, seconds: Double)] = []
  private let clock = ContinuousClock()

  /// An empty record.
  package init() {}

  /// Runs `body` and adds its wall time to the phase `name`.
  package func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    let start = clock.now
    defer { add(name, start.duration(to: clock.now)) }
    return try body()
  }

  /// The seconds of every phase together.
  package var total: Double { phases.reduce(0) { $0 + $1.seconds } }

  /// Adds `seconds` to the phase `name`: for a phase timed by its caller, such as the
  /// time left when the phases inside a span are taken out of it.
  package func add(_ name: String, seconds: Double) {
    if let index = phases.firstIndex(where: { $0.name == name }) {
      phases[index].seconds += seconds
    } else {
      phases.append((name, seconds))
    }
  }

  /// Puts the phase `name`, of `seconds`, at `index` of the order: a phase timed once
  /// the ones that ran inside it are known, in the place where it began.
  package func insert(_ name: String, seconds: Double, at index: Int) {
    phases.insert((name, seconds), at: min(index, phases.count))
  }

  /// A duration in seconds.
  package static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) / 1e18
  }

  private func add(_ name: String, _ duration: Duration) {
    add(name, seconds: Self.seconds(duration))
  }
}

extension Optional where Wrapped == PhaseTimes {
  /// Runs `body`, timed as the phase `name` when there is a record to keep.
  func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    guard let times = self else { return try body() }
    return try times.measure(name, body)
  }
}
