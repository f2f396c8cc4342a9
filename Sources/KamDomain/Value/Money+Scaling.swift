extension Money {
  /// The amount × `numerator` / `denominator`, rounded to whole minor units,
  /// halves away from zero (half-up for the non-negative amounts costs have).
  ///
  /// Integer arithmetic throughout, so a meeting's cost or a forecast never
  /// passes through floating point. `denominator` must be positive.
  public func scaled(by numerator: Int64, over denominator: Int64) -> Money {
    precondition(denominator > 0, "scaling money needs a positive denominator")
    let product = minorUnits * numerator
    let (quotient, remainder) = product.quotientAndRemainder(dividingBy: denominator)
    // Twice the remainder against the divisor decides the half, without overflow
    // for any realistic divisor (days in a window, minutes in an hour).
    let away: Int64 = remainder.magnitude * 2 >= denominator.magnitude ? 1 : 0
    return Money(minorUnits: quotient + (product < 0 ? -away : away))
  }
}
