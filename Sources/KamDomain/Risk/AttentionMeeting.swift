import KamTime

/// One meeting as the attention figures see it: whose, when, what it cost, and whether it
/// went to acquisition or to an established client.
struct AttentionMeeting: Hashable, Sendable {
  /// The client's account owner, or `AttentionReport.unassigned`.
  var owner: String
  /// The meeting's day.
  var date: CalendarDate
  /// True for a prospect (no sale by the meeting's day) or a client in its first
  /// `acquisitionDays` after its first sale.
  var acquisition: Bool
  /// Cost to serve in minor units: the explicit cost, else minutes at the hourly rate.
  var cost: Int64
}

extension AttentionMeeting {
  /// Every meeting that counts, dated on or before `date`, of every client.
  static func all(
    _ facts: [RiskFacts], through date: CalendarDate, policy: Policy
  ) -> [AttentionMeeting] {
    var result: [AttentionMeeting] = []
    for client in facts {
      let firstSale = client.firstSale
      for meeting in client.meetings.prefix(client.meetingCount(through: date)) {
        result.append(
          AttentionMeeting(
            owner: client.owner, date: meeting.date,
            acquisition: isAcquisition(meeting.date, firstSale: firstSale, policy: policy),
            cost: meeting.cost))
      }
    }
    return result
  }

  /// Whether a meeting on `day` with a client first buying on `firstSale` is acquisition.
  static func isAcquisition(
    _ day: CalendarDate, firstSale: CalendarDate?, policy: Policy
  ) -> Bool {
    guard let firstSale, firstSale <= day else { return true }
    return firstSale.days(to: day) < Int64(policy.acquisitionDays)
  }
}
