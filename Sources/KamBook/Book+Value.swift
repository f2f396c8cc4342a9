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
    try storedValues(in: ValueWindow(endingOn: date, policy: try policy()))
  }

  /// Every client's value over `window`, from the value projection: the figures of
  /// ``storedValues(on:)`` over any run of days instead of the policy's window. Every
  /// client known by the window's last day is there, with zeros when it has no fact in it.
  public func storedValues(in window: ValueWindow) throws(BookError) -> [ClientValue] {
    try store.reading { tx in
      var values: [ClientValue] = []
      try tx.forEachValueDays(knownBy: window.end) { client, days in
        let (revenue, cogs, costToServe) = PackedValueDays.sum(days, in: window)
        values.append(
          ClientValue(client: client, revenue: revenue, cogs: cogs, costToServe: costToServe))
      }
      return values
    }
  }

  /// Every client's value over `window`: from the value projection for the book as known
  /// now, replayed from the log (under the policy then in force) as known at `knownAt`.
  public func values(in window: ValueWindow, knownAt: Instant? = nil) throws(BookError)
    -> [ClientValue]
  {
    guard let knownAt else { return try storedValues(in: window) }
    return try BookError.catching {
      let policy = try policy(knownAt: knownAt)
      return try histories(knownOn: window.end, knownAt: knownAt).map {
        ClientValue.evaluate($0, in: window, policy: policy)
      }
    }
  }

  /// The whale curve of the values over `window` (see ``values(in:knownAt:)``).
  public func whaleCurve(in window: ValueWindow, knownAt: Instant? = nil) throws(BookError)
    -> WhaleCurve
  {
    WhaleCurve(ProfitRanking(try values(in: window, knownAt: knownAt)))
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
