/// A quadrant of the portfolio matrix: client attractiveness against our standing in its eyes.
///
/// Each axis is split at the policy's `matrixThreshold`; a score at or above it
/// is "high". The quadrants' names differ between authors, so the labels shown
/// come from the policy.
public enum MatrixQuadrant: String, CaseIterable, Sendable {
  /// High attractiveness, high standing.
  case highHigh = "high-high"
  /// High attractiveness, low standing.
  case highLow = "high-low"
  /// Low attractiveness, high standing.
  case lowHigh = "low-high"
  /// Low attractiveness, low standing.
  case lowLow = "low-low"

  /// The quadrant of an attractiveness and standing, each high from `threshold` up.
  public init(attractiveness: Int, standing: Int, threshold: Int) {
    switch (attractiveness >= threshold, standing >= threshold) {
    case (true, true): self = .highHigh
    case (true, false): self = .highLow
    case (false, true): self = .lowHigh
    case (false, false): self = .lowLow
    }
  }

  /// The quadrant of an assessment under the policy's threshold.
  public init(_ assessment: ClientHistory.Assessment, policy: Policy) {
    self.init(
      attractiveness: assessment.attractiveness, standing: assessment.standing,
      threshold: policy.matrixThreshold)
  }

  /// The policy's label for this quadrant.
  public func label(in policy: Policy) -> String {
    switch self {
    case .highHigh: policy.labelHighHigh
    case .highLow: policy.labelHighLow
    case .lowHigh: policy.labelLowHigh
    case .lowLow: policy.labelLowLow
    }
  }
}
