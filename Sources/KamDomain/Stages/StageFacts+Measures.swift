import KamTime

extension StageFacts {
  /// The measures on day `t` under `policy`, counting the facts dated on or
  /// before `known` (by default `t`; the day before `t` asks what time alone
  /// would have made of `t` had nothing been recorded on it).
  func measures(on t: CalendarDate, known: CalendarDate? = nil, policy: Policy)
    -> StageMeasures
  {
    let known = min(known ?? t, t)
    let before = t.adding(days: -Int64(policy.windowDays))
    var m = StageMeasures(date: t, windowStart: before.adding(days: 1))
    m.salesEver = sales.count(through: known)
    let saleWindow = sales.range(after: before, through: known)
    m.salesInWindow = countedSales.range(after: before, through: known).count
    m.salesAnyInWindow = saleWindow.count
    if m.salesEver > 0 {
      m.firstSale = sales.entries[0].date
      m.lastSale = sales.entries[m.salesEver - 1].date
    }
    m.revenue = Money(minorUnits: sales.amount(saleWindow))
    m.costOfGoods = Money(minorUnits: sales.cost(saleWindow))
    let meetingWindow = meetings.range(after: before, through: known)
    m.meetingsInWindow = meetingWindow.count
    let resolutionWindow = resolutions.range(after: before, through: known)
    m.costToServe =
      Money(minorUnits: meetings.cost(meetingWindow))
      + Money(minorUnits: resolutions.cost(resolutionWindow))
    m.staleComplaints = staleComplaints(on: t, known: known, policy: policy).count
    m.activeInitiatives = activeInitiatives(on: t, known: known).count
    let assessed = assessments.count(through: known)
    if assessed > 0 { m.standing = Int(assessments.entries[assessed - 1].amount) }
    if m.salesEver == 1 {
      let sale = sales.entries[0]
      if sale.amount > 0 {
        m.singleSaleMargin =
          Double(sale.amount.saturatingSubtracting(sale.cost)) / Double(sale.amount)
      }
      m.singleSaleUnhaggled = quietNegotiations(before: sale, policy: policy).isEmpty
    }
    return m
  }

  /// Complaints filed on or before `t`, unresolved on `t`, and filed more than
  /// `complaintDemotionDays` days before (stale, and held through the grace): they lower
  /// the stage from the day `filedOn + days + 1`.
  /// Filings and resolutions count when dated on or before `known` (default `t`).
  func staleComplaints(on t: CalendarDate, known: CalendarDate? = nil, policy: Policy)
    -> [Complaint]
  {
    let known = known ?? t
    let days = Int64(policy.complaintDemotionDays)
    return complaints.filter { complaint in
      guard complaint.filedOn <= known, complaint.filedOn.days(to: t) > days else {
        return false
      }
      guard let resolved = complaint.resolvedOn else { return true }
      return resolved > known
    }
  }

  /// Initiatives running on `t`: started on or before it (and `known`) and with
  /// a last day on or after it (an initiative runs on its last day, not the next).
  func activeInitiatives(on t: CalendarDate, known: CalendarDate? = nil) -> [Initiative] {
    let known = known ?? t
    return initiatives.filter { $0.from <= known && ($0.to.map { $0 >= t } ?? true) }
  }

  /// Price negotiations in the quiet days before `sale`: `[sale − days, sale]`.
  func quietNegotiations(before sale: StageLedger.Entry, policy: Policy) -> [StageLedger.Entry] {
    let first = sale.date.adding(days: -Int64(policy.goldenShotQuietDays))
    return negotiations.entries.filter { $0.date >= first && $0.date <= sale.date }
  }
}
