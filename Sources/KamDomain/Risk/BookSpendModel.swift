public import KamPurchaseModel
public import KamTime

/// The spend model of a whole book on one day: every buying client's (x, m̄ₓ) and the
/// Gamma-Gamma model fitted to those with a repeat purchase day.
///
/// Only sales that count (not retracted) dated on or before the day are seen. Kept apart
/// from ``BookPurchaseModel`` so that the views that need no spend do not pay for its fit.
public struct BookSpendModel: Hashable, Sendable {
  /// The evaluation day.
  public var date: CalendarDate
  /// The fitted model, or why not.
  public var fit: SpendModelFit
  /// Each buying client's spend summary.
  public var summaries: [ClientSlug: SpendSummary]

  /// Summarises and fits the book's histories as of `date`; clients enter the fit in slug
  /// order (the fit sorts them anyway).
  public init(_ histories: [ClientHistory], on date: CalendarDate) {
    self.init(fitting: Self.listedSummaries(histories, on: date), on: date)
  }

  /// Summarises the book's histories as of `date` under a model fitted to them before (a
  /// book's stored models): the same model as fitting them again, without the fit.
  public init(_ histories: [ClientHistory], on date: CalendarDate, fit: SpendModelFit) {
    self.date = date
    self.summaries = Dictionary(summaries: Self.listedSummaries(histories, on: date))
    self.fit = fit
  }

  /// Summarises and fits a book's kept facts as of `date`: the model
  /// ``init(_:on:)`` fits from the histories the facts were taken from.
  package init(_ facts: BookRiskFacts, on date: CalendarDate) {
    var listed: [(client: ClientSlug, summary: SpendSummary)] = []
    for client in facts.known(on: date) {
      if let summary = client.spendSummary(asOf: date) { listed.append((client.client, summary)) }
    }
    self.init(fitting: listed, on: date)
  }

  /// The model of `listed` summaries (in slug order), fitted.
  private init(fitting listed: [(client: ClientSlug, summary: SpendSummary)], on date: CalendarDate)
  {
    self.date = date
    self.summaries = Dictionary(summaries: listed)
    self.fit = SpendModelFit.fit(listed.map(\.summary))
  }

  /// Each buying client's spend summary on `date`, in slug order.
  private static func listedSummaries(_ histories: [ClientHistory], on date: CalendarDate)
    -> [(client: ClientSlug, summary: SpendSummary)]
  {
    var listed: [(client: ClientSlug, summary: SpendSummary)] = []
    listed.reserveCapacity(histories.count)
    for history in histories {
      // The same arithmetic as a book's kept facts (`RiskFacts.spendSummary`).
      let (days, totals) = RiskFacts.saleDays(of: history)
      if let summary = RiskFacts.spendSummary(days: days, totals: totals, asOf: date) {
        listed.append((history.client, summary))
      }
    }
    return listed.inAscendingOrder { $0.client }
  }

  /// E[M | x, m̄ₓ] of `client`: its expected spend per purchase day in major units; nil
  /// for a client with no purchase by then or when no model was fitted.
  public func expectedMeanSpend(_ client: ClientSlug) -> Double? {
    guard let summary = summaries[client], let parameters = fit.parameters else { return nil }
    return parameters.expectedMeanSpend(
      repeatDays: summary.repeatDays, meanSpend: summary.meanSpend)
  }
}
