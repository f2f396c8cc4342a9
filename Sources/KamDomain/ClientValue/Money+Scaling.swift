extension Money {
  /// The amount × `numerator` / `denominator`, rounded to whole minor units,
  /// halves away from zero (half-up for the non-negative amounts costs have).
  ///
  /// Integer arithmetic throughout, so a meeting's cost or a forecast never
  /// passes through floating point. The product is taken in 128 bits, so no
  /// amount and factor can overflow it; a quotient beyond `Int64` saturates.
  /// `denominator` must be positive.
  public func scaled(by numerator: Int64, over denominator: Int64) -> Money {
    precondition(denominator > 0, "scaling money needs a positive denominator")
    let product = Int128(minorUnits) * Int128(numerator)
    let divisor = Int128(denominator)
    let (quotient, remainder) = product.quotientAndRemainder(dividingBy: divisor)
    let away: Int128 = remainder.magnitude * 2 >= divisor.magnitude ? 1 : 0
    let rounded = quotient + (product < 0 ? -away : away)
    return Money(minorUnits: Int64(clamping: rounded))
  }
}
