#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ChurnRiskAssessment {
  /// Splits a calibrated chance of no purchase into the purchase model's two causes, the
  /// scores of `p-alive` and `purchase-gap`.
  ///
  /// The purchase model says no purchase happens because the client dropped out (hazard
  /// −ln P(alive)) or stays quiet while alive (hazard −ln(1 − silence)). The calibration
  /// changes the total, not the model's view of which cause it is: both hazards are scaled
  /// to sum to −ln(1 − none), so the two scores combine, as independent causes, to exactly
  /// `none`.
  ///
  /// - Returns: (dropout, quiet), with (1 − dropout)(1 − quiet) = 1 − none.
  package static func split(_ none: Double, pAlive: Double, silence: Double) -> (
    dropout: Double, quiet: Double
  ) {
    let total = -log1p(-min(max(none, 0), 1))
    let dropoutHazard = -log(min(max(pAlive, 0), 1))
    let quietHazard = -log1p(-min(max(silence, 0), 1))
    let dropoutShare: Double
    if dropoutHazard.isInfinite {
      dropoutShare = quietHazard.isInfinite ? 0.5 : 1
    } else if quietHazard.isInfinite || !(dropoutHazard + quietHazard > 0) {
      dropoutShare = 0
    } else {
      dropoutShare = dropoutHazard / (dropoutHazard + quietHazard)
    }
    guard total.isFinite else { return (dropoutShare > 0 ? 1 : 0, dropoutShare < 1 ? 1 : 0) }
    return (-expm1(-total * dropoutShare), -expm1(-total * (1 - dropoutShare)))
  }
}
