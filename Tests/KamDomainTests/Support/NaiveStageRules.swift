import KamDomain
import KamTime

/// The stage rules written as plainly as possible, straight from the brief,
/// over the raw history: an oracle for the sorted, summed implementation.
///
/// It gives the day's evidence (``StageEvidence``): the entry stage and
/// golden shot with stale complaints aside, the keep stage, and whether a
/// complaint is stale.
enum NaiveStageRules {
  static func evidence(_ h: ClientHistory, on t: CalendarDate, policy: Policy)
    -> (stage: Stage, goldenShot: Bool, keep: Stage, stale: Bool)
  {
    let (entry, golden) = stage(h, on: t, policy: policy, keeping: false)
    let keep = stage(h, on: t, policy: policy, keeping: true).0
    let stale = h.complaints.contains { c in
      let counts = { (seq: Int64) in !h.isRetracted(seq) }
      guard counts(c.seq), c.filedOn <= t,
        t.daysSinceEpoch - c.filedOn.daysSinceEpoch > Int64(policy.complaintDemotionDays)
      else { return false }
      return !(c.standingResolution(counts).map { $0.date <= t } ?? false)
    }
    return (entry, golden, keep, stale)
  }

  /// Whether each sale (in day, then sequence order) is large enough to count:
  /// at least the minimum and the share of the median of the sales before it.
  static func counted(_ sales: [ClientHistory.Sale], policy: Policy) -> [Bool] {
    sales.indices.map { i in
      let amount = sales[i].amount.minorUnits
      guard amount >= max(1, policy.minimumSaleMinor) else { return false }
      let before = sales[..<i].map(\.amount.minorUnits).sorted()
      guard !before.isEmpty else { return true }
      let n = before.count
      let median =
        n % 2 == 1 ? Double(before[n / 2]) : Double(before[n / 2 - 1] + before[n / 2]) / 2
      return Double(amount) >= policy.minimumSaleShare * median
    }
  }

  static func stage(_ h: ClientHistory, on t: CalendarDate, policy: Policy, keeping: Bool)
    -> (Stage, Bool)
  {
    let counts = { (seq: Int64) in !h.isRetracted(seq) }
    let tDay = t.daysSinceEpoch
    let inWindow = { (d: CalendarDate) in
      d.daysSinceEpoch <= tDay && d.daysSinceEpoch > tDay - Int64(policy.windowDays)
    }
    let sales = h.sales.filter { counts($0.seq) && $0.date <= t }
      .sorted { ($0.date, $0.seq) < ($1.date, $1.seq) }
    if sales.isEmpty { return (.prospect, false) }
    let windowSales = sales.filter { inWindow($0.date) }
    if windowSales.isEmpty { return (.lapsed, false) }
    let countedFlags = counted(sales, policy: policy)
    let countedInWindow = sales.indices.filter { countedFlags[$0] && inWindow(sales[$0].date) }
      .count
    let meetings = h.meetings.filter { counts($0.seq) && inWindow($0.date) }
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
    let revenue = windowSales.reduce(0) { $0 + $1.amount.minorUnits }
    let floor =
      revenue > 0 ? -Int64((Double(revenue) * policy.profitToleranceShare).rounded(.down)) : 0
    let need = { (entry: Int) in keeping ? max(min(entry, 1), entry - policy.keepSlack) : entry }
    let partnership =
      countedInWindow >= need(policy.partnershipSales)
      && tDay - first.daysSinceEpoch >= Int64(policy.partnershipTenureDays)
      && meetings.count >= need(policy.partnershipMeetings)
      && (keeping ? profit >= floor : profit > 0)
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
    if countedInWindow >= need(policy.cooperationSales)
      && meetings.count >= need(policy.cooperationMeetings)
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
