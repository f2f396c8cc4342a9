/// Why the profile could not be learned, so that the stated win probability stands in.
public enum ProfileFallback: Hashable, Sendable {
  /// The book's span before the day scored is too short to hold out an outcome period:
  /// `horizonDays` (⅔ of the span, at most two years) is below `required`.
  case historyTooShort(horizonDays: Int, required: Int)
  /// Fewer than `required` training clients of one outcome, under either label.
  case tooFewOutcomes(lasting: Int, other: Int, required: Int)
  /// Newton's method did not settle within its steps.
  case didNotConverge(iterations: Int)

  /// The short name shown as `fallbackReason`.
  public var name: String {
    switch self {
    case .historyTooShort: "history-too-short"
    case .tooFewOutcomes: "too-few-outcomes"
    case .didNotConverge: "did-not-converge"
    }
  }
}
