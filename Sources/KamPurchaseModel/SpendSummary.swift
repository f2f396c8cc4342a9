/// One client's spending reduced to what the Gamma-Gamma model needs: (x, m̄ₓ).
///
/// As in Fader, Hardie & Lee (2005b) and lifetimes: amounts are summed per purchase day,
/// the first purchase day is left out (its spend is not a repeat transaction), and m̄ₓ is the
/// mean of the remaining `repeatDays` day totals. A client with no repeat day carries no
/// spend information and is left out of the fit.
public struct SpendSummary: Hashable, Sendable {
  /// x: repeat purchase days.
  public var repeatDays: Int

  /// m̄ₓ: mean spend per repeat purchase day, in major units of the book's currency.
  ///
  /// A model input, so a `Double`; money itself never is.
  public var meanSpend: Double

  /// Wraps the two statistics.
  public init(repeatDays: Int, meanSpend: Double) {
    self.repeatDays = repeatDays
    self.meanSpend = meanSpend
  }

  /// Whether the summary can enter the fit: at least one repeat day and a positive, finite
  /// mean spend (the model's spend is Gamma distributed, so zero has no likelihood).
  public var isFittable: Bool { repeatDays > 0 && meanSpend.isFinite && meanSpend > 0 }
}
