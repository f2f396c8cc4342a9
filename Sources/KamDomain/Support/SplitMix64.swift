/// SplitMix64 (Steele, Lea & Flood): a small, fast, seedable generator that gives the same
/// numbers on every platform, so a seed names the same simulation, fuzz case or random
/// history everywhere.
///
/// It seeds `SimulationRandom` (in KamSimulation) and drives the fuzzers, benchmarks and
/// property tests of this package; it is no cryptographic generator.
package struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
  private var state: UInt64

  /// A generator whose first number depends on `seed` alone.
  package init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
