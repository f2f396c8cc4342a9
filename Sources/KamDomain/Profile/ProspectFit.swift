public import KamTime

/// One open prospect or first-year client scored against the key-client profile.
public struct ProspectFit: Hashable, Sendable {
  /// The client.
  public var client: ClientSlug
  /// Its stage on the day scored.
  public var stage: Stage
  /// The win probability stated at its registration as a prospect, if any.
  public var winProbability: Double?
  /// The chance of becoming a lasting client; the stated win probability under the
  /// fallback (nil there for a client registered without one).
  public var fit: Double?
  /// The band of ``fit``; nil without a fit.
  public var band: FitBand?
  /// The features that drive the fit, largest effect first; empty under the fallback.
  public var reasons: [ProfileReason]
  /// Its first sale, nil for a prospect.
  public var firstSale: CalendarDate?

  /// A fit from its parts.
  public init(
    client: ClientSlug, stage: Stage, winProbability: Double?, fit: Double?, band: FitBand?,
    reasons: [ProfileReason], firstSale: CalendarDate?
  ) {
    self.client = client
    self.stage = stage
    self.winProbability = winProbability
    self.fit = fit
    self.band = band
    self.reasons = reasons
    self.firstSale = firstSale
  }
}
