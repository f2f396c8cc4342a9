public import KamPurchaseModel
public import KamTime

extension SpendSummary {
  /// Summarises sales as seen at the end of `evaluationDate`: amounts summed per day, the
  /// first day left out, the mean of the other days' totals in major units.
  ///
  /// Sales after `evaluationDate` are ignored. Returns nil when there is no sale by then.
  /// The sums are integer minor units; only the mean is a `Double`.
  ///
  /// - Parameters:
  ///   - sales: each sale's day and amount, in any order.
  ///   - evaluationDate: the day the summary is taken.
  public init?(
    sales: some Sequence<(date: CalendarDate, amount: Money)>, asOf evaluationDate: CalendarDate
  ) {
    let sorted = sales.filter { $0.date <= evaluationDate }.sorted { $0.date < $1.date }
    guard let first = sorted.first?.date else { return nil }
    var days = 0
    var total = Money.zero
    var counted = first
    for sale in sorted where sale.date != first {
      if sale.date != counted {
        days += 1
        counted = sale.date
      }
      total += sale.amount
    }
    self.init(
      repeatDays: days,
      meanSpend: days == 0 ? 0 : Double(total.minorUnits) / 100 / Double(days))
  }
}
