#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fallback purchase model: a client's survival decays with their silence, measured in
/// typical gaps between purchases.
///
///     P(alive) = exp(−(T − tₓ) / (k · g))
///
/// where T − tₓ is the time since the last purchase (weeks), g the typical gap and k the
/// patience. With the default k = 3, a client silent for one typical gap is 72 % likely
/// alive, for three gaps 37 %, for six 14 %. It has no likelihood and nothing is fitted; it
/// is used when BG/NBD cannot be estimated (too few repeat buyers, or no convergence).
public struct RecencySurvival: Hashable, Sendable {
  /// The shortest gap: purchases are counted per day, so one day apart is the minimum.
  public static let minimumGap = 1.0 / 7

  /// g: the typical time between purchases, in weeks (at least `minimumGap`).
  public var typicalGap: Double

  /// k: how many typical gaps of silence make survival fall to 1/e.
  public var patience: Double

  /// Uses the given gap (clamped to `minimumGap`) and patience.
  public init(typicalGap: Double, patience: Double = 3) {
    self.typicalGap = max(typicalGap, Self.minimumGap)
    self.patience = patience
  }

  /// Estimates g from a client base.
  ///
  /// g is the median, over clients with x > 0, of their own mean gap tₓ/x. When nobody has
  /// bought twice there is no gap to observe; g is then the median T, so that a client as
  /// old as the typical client, who never came back, gets exp(−1/k), but at least
  /// ``gapWithoutRepeats``: a book whose clients all bought once, today, has seen no gap at
  /// all, and a gap of one day would call every one of them safe.
  public init(summaries: [PurchaseSummary], patience: Double = 3) {
    let gaps = summaries.filter { $0.frequency > 0 }.map { $0.recency / Double($0.frequency) }
    let gap =
      Self.median(gaps)
      ?? max(Self.median(summaries.map(\.age)) ?? 0, Self.gapWithoutRepeats)
    self.init(typicalGap: gap, patience: patience)
  }

  /// The typical gap assumed, in weeks, when no client has bought twice: half a year.
  public static let gapWithoutRepeats = 26.0

  /// exp(−(T − tₓ) / (k·g)); 1 for a purchase at the evaluation instant.
  public func probabilityAlive(_ summary: PurchaseSummary) -> Double {
    let silence = max(summary.age - summary.recency, 0)
    return exp(-silence / (patience * typicalGap))
  }

  /// A heuristic expectation for the next t weeks: P(alive) · t / g.
  ///
  /// It assumes a surviving client keeps buying once per typical gap; it is only meant to
  /// rank clients when BG/NBD is unavailable, not to forecast volumes.
  public func expectedPurchases(in t: Double, given summary: PurchaseSummary) -> Double {
    guard t.isFinite, t >= 0 else { return .nan }
    return probabilityAlive(summary) * t / typicalGap
  }

  /// P(no purchase in the next t weeks | alive): as BG/NBD's P₀ with the rate prior
  /// Gamma(1, g), a mean of one purchase per typical gap,
  ///
  ///     P₀ = ((g+T)/(g+T+t))^(1+x)
  ///
  /// so a client's own purchases (x in T weeks) soon outweigh the book's typical gap.
  /// Returns NaN for a negative or non-finite t.
  public func probabilityNoPurchaseIfAlive(in t: Double, given summary: PurchaseSummary) -> Double {
    BGNBDParameters.gammaPoissonSilence(
      in: t, shape: 1 + Double(summary.frequency), scale: typicalGap + summary.age)
  }

  /// The middle value (mean of the two middle ones for an even count); nil when empty.
  package static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
