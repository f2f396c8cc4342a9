public import KamTime

/// The default forecast until the churn model exists: the client's observed
/// profit rate over its active part of the window, projected over a full window.
///
/// The active part runs from the later of its first sale and the window's first
/// day through the evaluation date (both inclusive), so a client won three
/// months ago is judged on three months, not diluted over twelve:
///
///     forecast = profit × W / max(activeDays, minimumActiveDays)
///
/// `minimumActiveDays` damps the extrapolation for brand-new clients: without
/// it one good sale yesterday would be multiplied by 365. A client with no sale
/// on or before the date has no rate to project; its forecast is its (cost-only)
/// profit in the window. Rounded half away from zero to minor units.
public struct RunRateForecaster: ProfitForecaster {
  /// The shortest active span a rate is taken over, in days.
  public var minimumActiveDays: Int64

  /// A run-rate forecaster; by default a rate is taken over at least a quarter (90 days).
  public init(minimumActiveDays: Int64 = 90) {
    self.minimumActiveDays = max(minimumActiveDays, 1)
  }

  /// The window profit projected from the active days to the full window.
  public func forecastProfit(
    of history: ClientHistory, value: ClientValue, on date: CalendarDate, policy: Policy
  ) -> Money {
    let window = ValueWindow(endingOn: date, policy: policy)
    guard let firstSale = history.firstSaleDate(on: date) else { return value.profit }
    let start = max(firstSale, window.first)
    let activeDays = start.days(to: date) + 1
    // Never longer than the window itself, so a long-standing client's forecast
    // equals its profit over the window.
    let span = min(max(activeDays, minimumActiveDays), window.days)
    return value.profit.scaled(by: window.days, over: span)
  }
}
