import KamDomain
import KamTime

extension PeriodOptions {
  /// The days `value`, `clients` and `key-accounts` sum revenue, costs and profit
  /// over when a period is asked for, with its words for the title; nil for the
  /// policy's trailing window.
  ///
  /// The period is cut at `date` (--as-of or today): what happens after the day
  /// evaluated is not known on it. An open beginning is the earliest day kam records.
  func valueWindow(_ global: GlobalOptions, on date: CalendarDate) throws -> (
    window: ValueWindow, title: String
  )? {
    guard let asked = try expression(global) else { return nil }
    let end = min(asked.end ?? date.adding(days: 1), date.adding(days: 1))
    let begin = asked.begin ?? .earliestBusinessDay
    guard begin < end else {
      throw CLIError(
        .usage,
        "the period \(asked.titleText) begins after \(date), the day evaluated"
          + " (--as-of or today): there is nothing to sum yet")
    }
    let window = ValueWindow(begin..<end)
    let title =
      asked.begin == nil
      ? "value through \(window.end)"
      : "value over \(window.first) to \(window.end) (\(window.days) days)"
    return (window, title)
  }
}
