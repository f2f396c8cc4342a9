/// One signal read for one client on one day: a human-meaningful value and its score.
///
/// `value` and `detail` per signal:
///
/// | signal              | value                          | detail                          |
/// |---------------------|--------------------------------|---------------------------------|
/// | `p-alive`           | P(alive)                       | nil                             |
/// | `contact-gap`       | days since the last meeting    | the usual gap, days             |
/// | `purchase-gap`      | days since the last purchase   | the expected gap while alive, days |
/// | `complaints`        | open complaints                | how many of them are stale      |
/// | `discount-pressure` | granted discounts + lost deals | lost negotiations               |
/// | `attention-shift`   | rise of the owner's acquisition share | the owner's current share |
public struct SignalReading: Hashable, Sendable {
  /// Which signal.
  public var signal: RiskSignal
  /// The figure a person reads (days, a count, a probability, a share).
  public var value: Double
  /// A second figure that gives `value` its meaning (see the table above).
  public var detail: Double?
  /// The normalised score in [0, 1]: 0 is no concern, 1 the most.
  public var score: Double

  /// Wraps a reading; the score is clamped to [0, 1] (NaN counts as 0).
  public init(_ signal: RiskSignal, value: Double, detail: Double? = nil, score: Double) {
    self.signal = signal
    self.value = value
    self.detail = detail
    self.score = score.isNaN ? 0 : min(max(score, 0), 1)
  }

  /// Whether a gap reading (`value` days against the usual `detail`) exceeds `factor` times
  /// the usual gap; false without a usual gap.
  public func exceedsUsualGap(times factor: Double) -> Bool {
    value > factor * (detail ?? .infinity)
  }

  /// The score of a gap against the usual one: 0 up to the usual gap, rising linearly to 1
  /// at three times it, `clamp((gap / usual − 1) / 2, 0, 1)`.
  ///
  /// A gap up to the usual one is normal rhythm; twice the usual is already half the way,
  /// since a missed beat is the first visible symptom of neglect.
  public static func gapScore(gap: Double, usual: Double) -> Double {
    guard usual > 0 else { return gap > 0 ? 1 : 0 }
    return min(max((gap / usual - 1) / 2, 0), 1)
  }
}
