public import KamPurchaseModel
public import KamTime

/// The purchase model of a whole book on one day: every buying client's summary and the
/// model fitted to them (BG/NBD, or the recency fallback, reported by `fit`).
///
/// Only sales that count (not retracted) dated on or before the day are seen; repeat
/// purchases are counted per distinct day and time in weeks (`PurchaseSummary`). Clients
/// without a sale by then are not in the fit and have no P(alive).
public struct BookPurchaseModel: Hashable, Sendable {
  /// The evaluation day: summaries run to its end.
  public var date: CalendarDate
  /// The fitted model, or the fallback and why.
  public var fit: PurchaseModelFit
  /// Each buying client's (x, tₓ, T).
  public var summaries: [ClientSlug: PurchaseSummary]

  /// Summarises and fits the book's histories as of `date`.
  ///
  /// - Throws: `PurchaseModelError` only for unusable `options`; summaries built from
  ///   dates are always valid.
  public init(
    _ histories: [ClientHistory], on date: CalendarDate,
    options: PurchaseModelFit.Options = PurchaseModelFit.Options()
  ) throws(PurchaseModelError) {
    // The policy only prices meetings, which the purchase model never reads.
    let facts = histories.map { RiskFacts($0, policy: Policy()) }
    try self.init(facts: facts, on: date, options: options)
  }

  /// Summarises already extracted facts; the fit sees clients in slug order.
  init(
    facts: [RiskFacts], on date: CalendarDate, options: PurchaseModelFit.Options
  ) throws(PurchaseModelError) {
    let listed = Self.listedSummaries(facts, on: date)
    self.date = date
    self.summaries = Dictionary(summaries: listed)
    self.fit = try PurchaseModelFit.fit(listed.map(\.summary), options: options)
  }

  /// Summarises already extracted facts under a model fitted to them before (a book's
  /// stored models): the same model as fitting them again, without the fit.
  init(facts: [RiskFacts], on date: CalendarDate, fit: PurchaseModelFit) {
    self.date = date
    self.summaries = Dictionary(summaries: Self.listedSummaries(facts, on: date))
    self.fit = fit
  }

  /// Each buying client's (x, tₓ, T) on `date`, in slug order.
  private static func listedSummaries(_ facts: [RiskFacts], on date: CalendarDate) -> [(
    client: ClientSlug, summary: PurchaseSummary
  )] {
    var listed: [(client: ClientSlug, summary: PurchaseSummary)] = []
    listed.reserveCapacity(facts.count)
    for client in facts {
      let days = client.saleDays[0..<client.saleDayCount(through: date)]
      if let summary = PurchaseSummary(distinctAscendingDays: days, asOf: date) {
        listed.append((client.client, summary))
      }
    }
    return listed.inAscendingOrder { $0.client }
  }

  /// P(alive) of `client` on the day, from whichever model is in use; nil for a client
  /// with no purchase by then.
  public func probabilityAlive(_ client: ClientSlug) -> Double? {
    summaries[client].map(fit.probabilityAlive)
  }

  /// P(no purchase in the next `days` days | alive) of `client`: BG/NBD's
  /// ((α+T)/(α+T+t))^(r+x), or the same with r = 1 and α = g under the fallback; nil for a
  /// client with no purchase by then.
  public func probabilityNoPurchaseIfAlive(_ client: ClientSlug, days: Int) -> Double? {
    summaries[client].map {
      fit.probabilityNoPurchaseIfAlive(in: Double(days) / PurchaseSummary.daysPerWeek, given: $0)
    }
  }

  /// P(no purchase in the next `days` days) of `client`, dropped out or alive and quiet;
  /// nil for a client with no purchase by then.
  public func probabilityNoPurchase(_ client: ClientSlug, days: Int) -> Double? {
    summaries[client].map {
      fit.probabilityNoPurchase(in: Double(days) / PurchaseSummary.daysPerWeek, given: $0)
    }
  }

  /// The expected days between purchases of `client` while alive (the inverse of its
  /// posterior mean rate); nil for a client with no purchase by then.
  public func expectedGapDays(_ client: ClientSlug) -> Double? {
    summaries[client].map { fit.expectedGapIfAlive(given: $0) * PurchaseSummary.daysPerWeek }
  }

  /// The book's typical gap between purchases in days: the fallback rule's g, which is
  /// computed even when BG/NBD is fitted.
  public var typicalGapDays: Double {
    fit.recencyRule.typicalGap * PurchaseSummary.daysPerWeek
  }
}
