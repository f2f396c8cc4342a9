import KamTime

extension StageFacts {
  /// The days in `(after, through]` on which the evidence can change: the
  /// critical days of that span, found by binary search instead of listing
  /// the whole history's, for one day's stage.
  func changeDays(after: CalendarDate, through: CalendarDate, policy: Policy) -> [CalendarDate] {
    var days: [CalendarDate] = []
    let window = Int64(policy.windowDays)
    for ledger in [sales, meetings, resolutions, assessments] {
      for index in ledger.range(after: after, through: through) {
        days.append(ledger.entries[index].date)
      }
      let left = ledger.range(
        after: after.adding(days: -window), through: through.adding(days: -window))
      for index in left { days.append(ledger.entries[index].date.adding(days: window)) }
    }
    let staleAfter = Int64(policy.complaintDemotionDays) + 1
    for complaint in complaints {
      days.append(complaint.filedOn)
      days.append(complaint.filedOn.adding(days: staleAfter))
    }
    for initiative in initiatives {
      days.append(initiative.from)
      if let last = initiative.to { days.append(last.adding(days: 1)) }
    }
    if let first = sales.entries.first {
      days.append(first.date.adding(days: Int64(policy.partnershipTenureDays)))
    }
    return days.filter { $0 > after && $0 <= through }
  }
}
