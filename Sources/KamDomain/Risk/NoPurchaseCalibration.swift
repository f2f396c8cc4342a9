public import KamPurchaseModel
public import KamTime

/// The book's own calibration of the chance that a client makes no purchase within the
/// horizon: a ridge logistic regression learned on the book's past, with the purchase
/// model's forecast as one of its features.
///
/// BG/NBD alone ranks CDNOW's holdout below its own E[X] and below plain recency, and its
/// mean chance of no purchase is 0.034 too high (docs/risk.md). This model keeps the
/// purchase model's shape over the horizon and learns the rest from what happened in the
/// book: at a cut c = d − h (the evaluation day d, h = min(H, ⅔ of the book's span of
/// sales), H the horizon), each client known by c is described by
///
///     z = [ln(1+x), ln(1+rec), rec/T, ln(1+T), ln(1+m̄ₓ), ln(1+m₁), L_c(w) − L_c(h)]
///
/// (x repeat purchase days, rec = T − tₓ and T in weeks, m̄ₓ the mean spend per repeat day
/// and m₁ the first day's spend in major units, L_c(w) the logit of the purchase model's
/// P(no purchase in w), fitted at c) and labelled by whether it bought in (c, c + w], for
/// windows w ∈ {0.4, 0.65, 1}·h. Nothing after d is read. On d itself the same regression,
/// with the model fitted at d and w = H, gives the chance of no purchase in the horizon.
///
/// A book too short or too small to learn from keeps the purchase model's own chance, and
/// says why in `fallbackReason`.
public struct NoPurchaseCalibration: Hashable, Sendable {
  /// Why the purchase model's own chance of no purchase is used unchanged.
  public enum FallbackReason: Hashable, Sendable {
    /// The book's sales span too few days before the evaluation day to hold out a window:
    /// `referenceDays` = ⅔ of the span is below `required`.
    case historyTooShort(referenceDays: Int, required: Int)
    /// Fewer than `required` training rows of one outcome (bought in the window, or not).
    case tooFewOutcomes(bought: Int, quiet: Int, required: Int)
    /// Newton's method did not settle within its steps.
    case didNotConverge(iterations: Int)
  }

  /// The names of the regression's features, in coefficient order after the intercept.
  public static let featureNames = [
    "log-repeat-days", "log-weeks-silent", "silent-share", "log-weeks-known",
    "log-repeat-spend", "log-first-spend", "horizon-shift",
  ]

  /// Window lengths as shares of the reference length h.
  static let windowShares = [0.4, 0.65, 1.0]
  /// Fewest days of held-out window worth learning from.
  public static let minimumReferenceDays = 28
  /// Fewest training rows of each outcome: ten per coefficient.
  public static var minimumRowsPerOutcome: Int { 10 * (featureNames.count + 1) }
  /// λ of the ridge.
  static let ridge = 1.0

  /// H: the horizon the chance is for, in days.
  public var horizonDays: Int
  /// h: the held-out window's length, min(H, ⅔ of the span of sales), in days.
  public var referenceDays: Int
  /// The windows the regression was trained on, in days.
  public var windowDays: [Int]
  /// c: the training cut, d − h; nil when the history was too short.
  public var cut: CalendarDate?
  /// The purchase model fitted at the cut; nil when the history was too short.
  public var cutModel: PurchaseModelFit.Model?
  /// Training rows: one per client known at the cut and window.
  public var trainingRows: Int
  /// The fitted regression; nil when it was not fitted.
  public var regression: RidgeLogistic?
  /// Why the calibration is not used; nil when it is.
  public var fallbackReason: FallbackReason?

  /// Whether the learned chance replaces the purchase model's.
  public var fitted: Bool { fallbackReason == nil && regression != nil }
}
