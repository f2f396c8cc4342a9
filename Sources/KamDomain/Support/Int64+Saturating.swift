extension Int64 {
  /// `self + other`, held at `Int64.min` or `Int64.max` instead of trapping.
  ///
  /// Sums of money use it: a stored history, however forged, must never crash a view.
  @inlinable
  package func saturatingAdding(_ other: Int64) -> Int64 {
    let (sum, overflow) = addingReportingOverflow(other)
    guard overflow else { return sum }
    return other > 0 ? .max : .min
  }

  /// `self - other`, held at `Int64.min` or `Int64.max` instead of trapping.
  @inlinable
  package func saturatingSubtracting(_ other: Int64) -> Int64 {
    let (difference, overflow) = subtractingReportingOverflow(other)
    guard overflow else { return difference }
    return other < 0 ? .max : .min
  }

  /// `self × other`, held at `Int64.min` or `Int64.max` instead of trapping.
  @inlinable
  package func saturatingMultiplying(by other: Int64) -> Int64 {
    let (product, overflow) = multipliedReportingOverflow(by: other)
    guard overflow else { return product }
    return (self < 0) == (other < 0) ? .max : .min
  }
}
