public import KamTime

extension KeyClientProfile {
  /// True when the facts are of an open prospect or of a client whose first sale is less
  /// than `policy.loyalTenureDays` before `date`: whom the profile scores, and learns from.
  public static func isNew(_ facts: EarlyFacts, on date: CalendarDate, policy: Policy) -> Bool {
    guard let first = facts.firstSale else { return true }
    return first.days(to: date) < Int64(policy.loyalTenureDays)
  }

  /// h for a book on `date`: min(two years, ⅔ of the days from the first day any client
  /// was known to `date`).
  static func horizonDays(_ histories: [ClientHistory], on date: CalendarDate) -> Int {
    let first = histories.lazy.compactMap(\.firstDay).filter { $0 <= date }.min()
    let span = first.map { Int($0.days(to: date)) } ?? 0
    return min(lastingDays, 2 * span / 3)
  }

  /// Whether `history` is still buying on `date`: a sale that counts in (`after`, `date`].
  static func stillBuying(_ history: ClientHistory, after: CalendarDate, on date: CalendarDate)
    -> Bool
  {
    history.sales.contains { $0.date > after && $0.date <= date && !history.isRetracted($0.seq) }
  }
}
