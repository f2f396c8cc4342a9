public import KamTime

/// Forecasts a client's profit over the next window, for the "potential" key-account reason.
///
/// Pluggable so a model-based forecaster (BG/NBD expected purchases in the next
/// window × average profit per purchase) can replace the run rate without
/// touching the rules that use it.
public protocol ProfitForecaster: Sendable {
  /// The client's expected profit over the `policy.windowDays` days after `date`,
  /// given its history and its value over the window ending on `date`.
  func forecastProfit(
    of history: ClientHistory, value: ClientValue, on date: CalendarDate, policy: Policy
  ) -> Money
}

/// A forecaster from a closure: for tests and for wiring a model in without a new type.
public struct ClosureForecaster: ProfitForecaster {
  /// The forecast.
  public let forecast: @Sendable (ClientHistory, ClientValue, CalendarDate, Policy) -> Money

  /// Wraps a closure.
  public init(
    _ forecast: @escaping @Sendable (ClientHistory, ClientValue, CalendarDate, Policy) -> Money
  ) {
    self.forecast = forecast
  }

  /// Calls the closure.
  public func forecastProfit(
    of history: ClientHistory, value: ClientValue, on date: CalendarDate, policy: Policy
  ) -> Money {
    forecast(history, value, date, policy)
  }
}
