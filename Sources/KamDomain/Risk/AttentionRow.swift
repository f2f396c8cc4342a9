public import KamTime

/// One owner's (or the team's) meetings in one period, split between acquisition and
/// established ("loyal") clients.
public struct AttentionRow: Hashable, Sendable {
  /// The account owner, `AttentionReport.unassigned`, or `AttentionReport.team`.
  public var owner: String
  /// The period's label: `2026-07` or `2026Q3`.
  public var period: String
  /// The period's first day.
  public var start: CalendarDate
  /// Meetings with prospects and with clients in their first `acquisitionDays`.
  public var acquisitionMeetings: Int = 0
  /// Meetings with every other client.
  public var loyalMeetings: Int = 0
  /// Cost to serve of the acquisition meetings.
  public var acquisitionCost: Money = .zero
  /// Cost to serve of the other meetings.
  public var loyalCost: Money = .zero

  /// An empty row.
  public init(owner: String, period: String, start: CalendarDate) {
    self.owner = owner
    self.period = period
    self.start = start
  }

  /// Acquisition's share of the meetings; nil when there were none.
  public var acquisitionShare: Double? {
    Self.share(Int64(acquisitionMeetings), of: Int64(acquisitionMeetings + loyalMeetings))
  }

  /// Acquisition's share of the meetings' cost to serve; nil when they cost nothing.
  public var acquisitionCostShare: Double? {
    Self.share(
      acquisitionCost.minorUnits, of: (acquisitionCost + loyalCost).minorUnits)
  }

  /// Counts one meeting.
  mutating func add(_ meeting: AttentionMeeting) {
    if meeting.acquisition {
      acquisitionMeetings += 1
      acquisitionCost += Money(minorUnits: meeting.cost)
    } else {
      loyalMeetings += 1
      loyalCost += Money(minorUnits: meeting.cost)
    }
  }

  /// part / whole, or nil when the whole is not positive.
  static func share(_ part: Int64, of whole: Int64) -> Double? {
    whole > 0 ? Double(part) / Double(whole) : nil
  }
}
