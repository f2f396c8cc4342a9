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
    let summaries = Self.summaries(histories, on: date)
    self.date = date
    self.summaries = summaries
    self.fit = SpendModelFit.fit(summaries.sorted { $0.key < $1.key }.map(\.value))
  }

  /// Summarises the book's histories as of `date` under a model fitted to them before (a
  /// book's stored models): the same model as fitting them again, without the fit.
  public init(_ histories: [ClientHistory], on date: CalendarDate, fit: SpendModelFit) {
    self.date = date
    self.summaries = Self.summaries(histories, on: date)
    self.fit = fit
  }

  /// Each buying client's spend summary on `date`.
  private static func summaries(_ histories: [ClientHistory], on date: CalendarDate)
    -> [ClientSlug: SpendSummary]
  {
    var summaries: [ClientSlug: SpendSummary] = [:]
    for history in histories {
      let sales = history.sales.lazy.filter { !history.isRetracted($0.seq) }.map {
        (date: $0.date, amount: $0.amount)
      }
      if let summary = SpendSummary(sales: sales, asOf: date) {
        summaries[history.client] = summary
      }
    }
    return summaries
  }

  /// E[M | x, m̄ₓ] of `client`: its expected spend per purchase day in major units; nil
  /// for a client with no purchase by then or when no model was fitted.
  public func expectedMeanSpend(_ client: ClientSlug) -> Double? {
    guard let summary = summaries[client], let parameters = fit.parameters else { return nil }
    return parameters.expectedMeanSpend(
      repeatDays: summary.repeatDays, meanSpend: summary.meanSpend)
  }
}
