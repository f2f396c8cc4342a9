import KamDomain

/// The simulation's random numbers: xoshiro256** seeded through SplitMix64.
///
/// Our own generator, never the system's, so that one seed gives the same
/// book on every run and every platform (the standard library promises
/// neither for its default generator).
public struct SimulationRandom: RandomNumberGenerator, Hashable, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// A generator for `seed`; `stream` gives independent sequences from one seed.
  public init(seed: UInt64, stream: UInt64 = 0) {
    // SplitMix64 spreads even adjacent seeds over the whole state, as the
    // xoshiro authors recommend; the stream is mixed in first.
    var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotate(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotate(s3, 45)
    return result
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
