public import KamTime

extension PurchaseSummary {
  /// Days per week: summaries are in weeks, dates in days.
  static let daysPerWeek = 7.0

  /// Summarises purchase dates as seen at the end of `evaluationDate`.
  ///
  /// Several purchases on one day count once, because the model describes purchase
  /// occasions, not order lines. Purchases after `evaluationDate` are ignored: they had not
  /// happened yet at the evaluation instant. Returns nil when no purchase remains.
  ///
  /// - Parameters:
  ///   - purchases: purchase days, in any order, duplicates allowed.
  ///   - evaluationDate: the day the summary is taken; T runs to it.
  public init?(purchases: some Sequence<CalendarDate>, asOf evaluationDate: CalendarDate) {
    var days = Set<Int64>()
    for purchase in purchases where purchase <= evaluationDate {
      days.insert(purchase.daysSinceEpoch)
    }
    guard let first = days.min(), let last = days.max() else { return nil }
    self.init(
      frequency: days.count - 1,
      recency: Double(last - first) / Self.daysPerWeek,
      age: Double(evaluationDate.daysSinceEpoch - first) / Self.daysPerWeek
    )
  }
}
