import KamDomain
import KamTime

/// The stage rules written as plainly as possible, straight from the brief,
/// over the raw history: an oracle for the sorted, summed implementation.
enum NaiveStageRules {
  static func stage(_ h: ClientHistory, on t: CalendarDate, policy: Policy) -> (Stage, Bool) {
    let counts = { (seq: Int64) in !h.isRetracted(seq) }
    let tDay = t.daysSinceEpoch
    let inWindow = { (d: CalendarDate) in
      d.daysSinceEpoch <= tDay && d.daysSinceEpoch > tDay - Int64(policy.windowDays)
    }
    let sales = h.sales.filter { counts($0.seq) && $0.date <= t }
    if sales.isEmpty { return (.prospect, false) }
    let windowSales = sales.filter { inWindow($0.date) }
    if windowSales.isEmpty { return (.lapsed, false) }
    let meetings = h.meetings.filter { counts($0.seq) && inWindow($0.date) }
    let stale = h.complaints.contains { c in
      guard counts(c.seq), c.filedOn <= t,
        tDay - c.filedOn.daysSinceEpoch > Int64(policy.staleComplaintDays)
      else { return false }
      let resolved = c.standingResolution(counts).map { $0.date <= t } ?? false
      return !resolved
    }
    var profit = windowSales.reduce(0) { $0 + $1.amount.minorUnits - $1.cost.minorUnits }
    for m in meetings {
      let byTime = (Double((m.minutes ?? 0) * policy.hourlyRateMinor) / 60).rounded()
      profit -= m.cost?.minorUnits ?? Int64(byTime)
    }
    for c in h.complaints where counts(c.seq) {
      guard let r = c.standingResolution(counts), inWindow(r.date) else { continue }
      profit -= r.cost.minorUnits
    }
    let first = sales.map(\.date).min()!
    let partnership =
      windowSales.count >= policy.partnershipSales
      && tDay - first.daysSinceEpoch >= Int64(policy.partnershipTenureDays)
      && meetings.count >= policy.partnershipMeetings && !stale && profit > 0
    let initiative = h.initiatives.contains { i in
      let to = i.endings.last(where: { counts($0.seq) })?.lastDay ?? i.plannedTo
      return counts(i.seq) && i.from <= t && (to == nil || to! >= t)
    }
    let latest = h.assessments.filter { counts($0.seq) && $0.date <= t }
      .max { ($0.date, $0.seq) < ($1.date, $1.seq) }
    if partnership && initiative && (latest?.standing ?? -1) >= policy.synergyStanding {
      return (.synergy, false)
    }
    if partnership { return (.partnership, false) }
    if windowSales.count >= policy.cooperationSales
      && meetings.count >= policy.cooperationMeetings && !stale
    {
      return (.cooperation, false)
    }
    guard sales.count == 1, let sale = sales.first, sale.amount.minorUnits > 0 else {
      return (.transactional, false)
    }
    let margin =
      Double(sale.amount.minorUnits - sale.cost.minorUnits)
      / Double(sale.amount.minorUnits)
    let quietFrom = sale.date.adding(days: -Int64(policy.goldenShotQuietDays))
    let haggled = h.negotiations.contains {
      counts($0.seq) && $0.date >= quietFrom && $0.date <= sale.date
    }
    return (.transactional, margin >= policy.goldenShotMargin && !haggled)
  }
}
