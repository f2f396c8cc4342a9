import KamTime

/// What one client received in a period, and the value it is judged against, before the
/// verdict: what ``ServiceReport`` counts per client.
struct ServiceFigures: Sendable {
  var client: ClientSlug
  var owner: String
  /// Profit over the value window ending on the period's last day.
  var profit: Money
  var paretoClass: ParetoClass
  var keyAccountReasons: [KeyAccountReason]
  var isProspect: Bool
  var tier: ServiceTier
  var meetings = 0
  var minutes: Int64 = 0
  var meetingCost = Money.zero
  var complaintCost = Money.zero
  var complaints = 0
  var daysSinceContact: Int64?
  var usualContactGap: Double?

  /// The figures of `history` in `period`; nil for a client neither served in the period,
  /// nor buying in the window ending on its last day, nor a key account then.
  init?(
    _ history: ClientHistory, entry: PortfolioEntry, in period: Range<CalendarDate>,
    policy: Policy, rhythm: Bool = true
  ) {
    self.init(
      history, profit: entry.value.profit, paretoClass: entry.paretoClass,
      keyAccountReasons: entry.keyAccountReasons, isProspect: entry.isProspect, in: period,
      policy: policy, rhythm: rhythm)
  }

  /// The same, from the parts of the client's portfolio entry a verdict reads: what a
  /// stored listing (``ClientListing``) keeps of it.
  init?(
    _ history: ClientHistory, profit: Money, paretoClass: ParetoClass,
    keyAccountReasons: [KeyAccountReason], isProspect: Bool, in period: Range<CalendarDate>,
    policy: Policy, rhythm: Bool = true
  ) {
    let last = period.upperBound.adding(days: -1)
    let counts = { (seq: Int64) in !history.isRetracted(seq) }
    client = history.client
    owner = history.owner ?? AttentionReport.unassigned
    self.profit = profit
    self.paretoClass = paretoClass
    self.keyAccountReasons = keyAccountReasons
    self.isProspect = isProspect
    var meetingDays: [CalendarDate] = []
    for meeting in history.meetings where counts(meeting.seq) && meeting.date <= last {
      meetingDays.append(meeting.date)
      guard period.contains(meeting.date) else { continue }
      meetings += 1
      minutes += max(meeting.minutes ?? 0, 0)
      meetingCost += StageFacts.cost(of: meeting, policy: policy)
    }
    for complaint in history.complaints where counts(complaint.seq) {
      if period.contains(complaint.filedOn) { complaints += 1 }
      if let resolution = complaint.standingResolution(counts),
        period.contains(resolution.date)
      {
        complaintCost += resolution.cost
      }
    }
    let window = ValueWindow(endingOn: last, policy: policy)
    let sales = history.sales.filter { counts($0.seq) && $0.date <= last }
    let buying = sales.contains { window.contains($0.date) }
    let served = meetings > 0 || complaints > 0 || complaintCost != .zero
    guard served || buying || !keyAccountReasons.isEmpty else { return nil }
    let firstSale = sales.map(\.date).min()
    let keyReasons: Set<KeyAccountReason> = [.topProfit, .potential, .strategic]
    if keyAccountReasons.contains(where: keyReasons.contains) || paretoClass == .a {
      tier = .key
    } else if AttentionMeeting.isAcquisition(last, firstSale: firstSale, policy: policy) {
      tier = .acquisition
    } else {
      tier = paretoClass == .b ? .classB : .classC
    }
    meetingDays.sort()
    if let latest = meetingDays.last { daysSinceContact = latest.days(to: last) }
    if rhythm, Set(meetingDays).count >= RiskFacts.meetingsForUsualGap {
      let facts = RiskFacts(history, policy: policy)
      usualContactGap = facts.usualContactGap(
        on: last, held: facts.meetingCount(through: last), policy: policy)
    }
  }
}
