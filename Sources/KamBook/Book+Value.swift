public import KamDomain
import KamEventLog
public import KamTime

extension Book {
  /// Every client's value over the policy's window ending on `date`, read from
  /// the value projection (one row per client) rather than by folding the log.
  ///
  /// This is the book as known now, under the policy in force; a replay
  /// `--known-at` an earlier instant folds the log instead (``view(on:knownAt:)``).
  /// Every client known by `date` (registered, or with a fact that counts) is
  /// there, with zeros when it has no fact in the window, as in ``view(on:knownAt:before:)``.
  public func storedValues(on date: CalendarDate) throws(BookError) -> [ClientValue] {
    let window = ValueWindow(endingOn: date, policy: try policy())
    return try store.reading { tx in
      var values: [ClientValue] = []
      try tx.forEachValueDays(knownBy: window.end) { client, days in
        let (revenue, cogs, costToServe) = PackedValueDays.sum(days, in: window)
        values.append(
          ClientValue(client: client, revenue: revenue, cogs: cogs, costToServe: costToServe))
      }
      return values
    }
  }

  /// The whale curve on `date`: from the value projection for the book as known
  /// now, replayed from the log as known at `knownAt` when given. Either way the
  /// same ranking of the same values.
  public func whaleCurve(on date: CalendarDate, knownAt: Instant? = nil) throws(BookError)
    -> WhaleCurve
  {
    try BookError.catching {
      if let knownAt { return try view(on: date, knownAt: knownAt).portfolio.whaleCurve }
      return WhaleCurve(ProfitRanking(try storedValues(on: date)))
    }
  }
}
