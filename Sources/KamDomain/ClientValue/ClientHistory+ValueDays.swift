import KamTime

extension ClientHistory {
  /// The client's value facts summed by business day, in date order.
  ///
  /// Days without a fact that counts are left out. Summing the days inside a
  /// window gives ``ClientValue/evaluate(_:in:policy:)`` for that window: both
  /// read the facts through the same rules.
  public func valueDays(policy: Policy) -> [ValueDay] {
    var days: [CalendarDate: ValueDay] = [:]
    forEachValueFact(policy: policy, where: { _ in true }) { date, revenue, cogs, serve in
      days[date, default: ValueDay(date: date)].revenue += revenue
      days[date]!.cogs += cogs
      days[date]!.costToServe += serve
    }
    return days.values.sorted { $0.date < $1.date }
  }

  /// Calls `body` with each fact that counts for value and is dated on a day
  /// `included` accepts: (day, revenue, cost of goods, cost to serve).
  ///
  /// Facts are taken by business date, wherever they sit in the stream, so a
  /// backdated sale recorded after later events still counts on its own date.
  /// Retracted facts are left out.
  func forEachValueFact(
    policy: Policy, where included: (CalendarDate) -> Bool,
    _ body: (CalendarDate, Money, Money, Money) -> Void
  ) {
    for sale in sales where included(sale.date) && !isRetracted(sale.seq) {
      body(sale.date, sale.amount, sale.cost, .zero)
    }
    for meeting in meetings where included(meeting.date) && !isRetracted(meeting.seq) {
      body(meeting.date, .zero, .zero, meeting.costToServe(policy: policy))
    }
    for complaint in complaints {
      // A resolution costs on the day it was resolved. It counts only while both
      // the resolution and the complaint itself stand: a retracted complaint was
      // recorded in error, and so was anything paid to settle it.
      guard !isRetracted(complaint.seq),
        let resolution = complaint.standingResolution({ !isRetracted($0) }),
        included(resolution.date)
      else { continue }
      body(resolution.date, .zero, .zero, resolution.cost)
    }
  }
}
