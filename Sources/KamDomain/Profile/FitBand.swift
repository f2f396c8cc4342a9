/// How well a prospect or new client fits the key-client profile, against the book's base
/// rate: odds at least twice the base rate's are high, at most half of them low.
public enum FitBand: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// Odds of lasting at most half the base rate's.
  case low
  /// Between.
  case medium
  /// Odds of lasting at least twice the base rate's.
  case high

  /// The band of `fit` against `baseRate` (both probabilities).
  public init(fit: Double, baseRate: Double) {
    let ratio = Self.odds(fit) / Self.odds(baseRate)
    self = ratio >= 2 ? .high : ratio <= 0.5 ? .low : .medium
  }

  /// The band of a stated win probability, without a profile: high from the policy's
  /// likely-win probability, low below its complement.
  public init(stated probability: Double, policy: Policy) {
    self =
      probability >= policy.likelyWinProbability
      ? .high : probability < 1 - policy.likelyWinProbability ? .low : .medium
  }

  private static func odds(_ p: Double) -> Double {
    let clamped = min(max(p, 1e-9), 1 - 1e-9)
    return clamped / (1 - clamped)
  }

  /// The raw value.
  public var description: String { rawValue }
}
