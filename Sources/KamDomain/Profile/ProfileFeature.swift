#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One characteristic of a prospect or new client that the key-client profile reads: what
/// was registered, how the courting went, and the first orders (docs/profile.md).
public enum ProfileFeature: String, CaseIterable, Hashable, Sendable {
  /// The win probability stated at registration, 0–1; none for a client registered as one.
  case winProbability = "win-probability"
  /// The expected yearly value stated at registration, in major units.
  case expectedValue = "expected-value"
  /// The share of lasting clients among the training clients of the same segment.
  case segmentRecord = "segment-record"
  /// The share of lasting clients among the training clients of the same owner.
  case ownerRecord = "owner-record"
  /// Meetings held while courting and in the first months.
  case meetings
  /// Price negotiations while courting and in the first months.
  case negotiations
  /// The mean discount asked in those negotiations, 0–1 (0 without one).
  case discountAsked = "discount-asked"
  /// The mean discount granted in them, 0–1 (0 without one).
  case discountGranted = "discount-granted"
  /// Days from the first contact to the first sale; for a prospect, the days courted so far.
  case daysToFirstSale = "days-to-first-sale"
  /// The first purchase day's amount, in major units.
  case firstOrder = "first-order"
  /// The margin of the first months' sales, (amount − cost) / amount.
  case margin
  /// Days with a purchase in the first months.
  case purchaseDays = "purchase-days"
  /// The first months' amount, in major units.
  case amountSoFar = "amount-so-far"
  /// Days from the first sale to the end of the first months (or the day scored).
  case daysKnown = "days-known"
  /// Days from the last purchase to the end of the first months (or the day scored): the
  /// rhythm, read with ``purchaseDays`` and ``daysKnown``.
  case daysSinceLastPurchase = "days-since-last-purchase"

  /// The unit the value is given in.
  public var unit: String {
    switch self {
    case .winProbability, .segmentRecord, .ownerRecord, .discountAsked, .discountGranted,
      .margin:
      "share"
    case .expectedValue, .firstOrder, .amountSoFar: "amount"
    case .meetings, .negotiations, .purchaseDays: "count"
    case .daysToFirstSale, .daysKnown, .daysSinceLastPurchase: "days"
    }
  }

  /// The value as the regression reads it: counts, amounts and days on a log scale (their
  /// effect flattens as they grow), shares as they are.
  public func transformed(_ value: Double) -> Double {
    unit == "share" ? value : log1p(max(value, 0))
  }
}
