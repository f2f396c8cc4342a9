public import KamTime

/// What one client's service verdict is weighed against, besides its own figures: each
/// tier's usual effort in the period and each owner's minutes and profit over the clients
/// served in it, all the whole book's however few rows a report shows.
///
/// A ``ServiceReport`` holds its norms; a book keeps them for `kam explain`'s quarter
/// (``encoded``), so that one client's verdict on a log that has not moved needs its own
/// history and listing alone (``row(for:profit:paretoClass:keyAccountReasons:isProspect:stage:policy:)``).
public struct ServiceNorms: Hashable, Sendable {
  /// The period, first day inclusive, last exclusive.
  public var period: Range<CalendarDate>
  /// Each tier's usual meetings in the period: the median over its clients (zeros included).
  public var usualMeetings: [ServiceTier: Double]
  /// Each tier's usual minutes in the period, the same way.
  public var usualMinutes: [ServiceTier: Double]
  /// Each owner's minutes in the period over the clients served.
  public var ownerMinutes: [String: Int64]
  /// Each owner's positive profit over the clients served (in minor units).
  public var ownerProfit: [String: Int64]

  /// Norms from their parts.
  public init(
    period: Range<CalendarDate>, usualMeetings: [ServiceTier: Double],
    usualMinutes: [ServiceTier: Double], ownerMinutes: [String: Int64],
    ownerProfit: [String: Int64]
  ) {
    self.period = period
    self.usualMeetings = usualMeetings
    self.usualMinutes = usualMinutes
    self.ownerMinutes = ownerMinutes
    self.ownerProfit = ownerProfit
  }

  /// The norms of every served client's figures in `period`.
  init(_ served: [ServiceFigures], in period: Range<CalendarDate>) {
    var usualMeetings: [ServiceTier: Double] = [:]
    var usualMinutes: [ServiceTier: Double] = [:]
    for tier in ServiceTier.allCases {
      let members = served.lazy.filter { $0.tier == tier }
      usualMeetings[tier] = ServiceReport.median(Array(members.map { Double($0.meetings) }))
      usualMinutes[tier] = ServiceReport.median(Array(members.map { Double($0.minutes) }))
    }
    var ownerMinutes: [String: Int64] = [:]
    var ownerProfit: [String: Int64] = [:]
    for figures in served {
      ownerMinutes[figures.owner, default: 0] += figures.minutes
      ownerProfit[figures.owner, default: 0] += max(figures.profit.minorUnits, 0)
    }
    self.init(
      period: period, usualMeetings: usualMeetings, usualMinutes: usualMinutes,
      ownerMinutes: ownerMinutes, ownerProfit: ownerProfit)
  }

  /// The period's length in days.
  var days: Int64 { period.lowerBound.days(to: period.upperBound) }

  /// One client's row, with its verdict: exactly the row a ``ServiceReport`` of the same
  /// book and period holds for it (without a value at stake), from its history and the
  /// parts of its listing on the period's last day; nil when it is not in the report
  /// (neither served in the period, nor buying in the window, nor a key account).
  public func row(
    for history: ClientHistory, profit: Money, paretoClass: ParetoClass,
    keyAccountReasons: [KeyAccountReason], isProspect: Bool, stage: Stage, policy: Policy
  ) -> ServiceRow? {
    ServiceFigures(
      history, profit: profit, paretoClass: paretoClass, keyAccountReasons: keyAccountReasons,
      isProspect: isProspect, in: period, policy: policy
    ).map { row(for: $0, stage: stage, valueAtStake: nil, policy: policy) }
  }

  /// The row of a client's figures, with its verdict.
  func row(for figures: ServiceFigures, stage: Stage, valueAtStake: Money?, policy: Policy)
    -> ServiceRow
  {
    let totalMinutes = ownerMinutes[figures.owner] ?? 0
    let totalProfit = ownerProfit[figures.owner] ?? 0
    var row = ServiceRow(
      client: figures.client, owner: figures.owner, stage: stage,
      paretoClass: figures.paretoClass, keyAccountReasons: figures.keyAccountReasons,
      tier: figures.tier, profit: figures.profit, valueAtStake: valueAtStake,
      meetings: figures.meetings, minutes: figures.minutes, meetingCost: figures.meetingCost,
      complaintCost: figures.complaintCost, complaints: figures.complaints,
      daysSinceContact: figures.daysSinceContact, usualContactGap: figures.usualContactGap,
      effortShare: totalMinutes > 0 ? Double(figures.minutes) / Double(totalMinutes) : 0,
      valueShare: totalProfit > 0
        ? Double(max(figures.profit.minorUnits, 0)) / Double(totalProfit) : 0,
      verdict: .balanced, reason: "")
    (row.verdict, row.reason) = ServiceReport.verdict(
      of: row, usualMeetings: usualMeetings, days: days, policy: policy)
    return row
  }
}
