public import KamDomain
import KamEventLog
public import KamTime

extension Book {
  /// How each owner's meetings split between acquisition and the clients already won,
  /// period by period through `date` (`kam attention`), counting only what was recorded by
  /// `knownAt`; with `since`, only meetings from that day.
  ///
  /// Of the log as it stands the meetings come from the kept risk facts, caught up with
  /// the last writes (``riskModels(on:knownAt:)`` keeps them), rather than from every
  /// history: the same meetings, owners and first sales.
  ///
  /// ```swift
  /// let report = try book.attention(through: today, period: .monthly)
  /// ```
  public func attention(
    through date: CalendarDate, period: CalendarPeriod = .quarterly, since: CalendarDate? = nil,
    knownAt: Instant? = nil
  ) throws(BookError) -> AttentionReport {
    try BookError.catching {
      let (facts, policy, keepAt) = try store.reading { tx in
        try riskFacts(knownAt: knownAt, in: tx)
      }
      // Made afresh or far behind: kept, as a refit keeps them (encoded only then).
      if let keepAt {
        keep(Self.riskFactsName, facts.encoded, on: Self.riskFactsDay, at: keepAt)
      }
      return AttentionReport(facts, through: date, policy: policy, period: period, since: since)
    }
  }
}
