import KamTime

extension RiskFacts {
  /// Meetings in the window needed to trust the client's own rhythm over the default.
  static let meetingsForUsualGap = 3
  /// Complaint points for a full score: an open complaint is 1 point, a stale one 2.
  static let complaintPointsForFullScore = 4.0
  /// Discount points for a full score: a granted discount is 1 point, a lost deal 2.
  static let discountPointsForFullScore = 4.0

  /// Days since our last meeting (on or before `date`) against the usual gap.
  ///
  /// The usual gap is the median gap between the distinct meeting days in the policy's
  /// window ending on `date` when there are at least three of them, else between all the
  /// client's meeting days up to `date` when there are at least three, else the policy's
  /// `defaultContactCadenceDays`.
  ///
  /// Nil for a client with no meeting recorded by `date`: a book that does not record
  /// meetings for a client says nothing about our contact with it, and reading that
  /// absence as neglect gave every client of a book without meetings the full score
  /// (issue #15). `lastContact: null` in `kam risk` still shows a client never met.
  func contactGap(on date: CalendarDate, policy: Policy) -> SignalReading? {
    let held = meetingCount(through: date)
    guard held > 0 else { return nil }
    let gap = Double(meetings[held - 1].date.days(to: date))
    let usual = usualContactGap(on: date, held: held, policy: policy)
    return SignalReading(
      .contactGap, value: gap, detail: usual,
      score: SignalReading.gapScore(gap: gap, usual: usual))
  }

  /// The median gap between distinct meeting days in `(date − windowDays, date]`; with fewer
  /// than three such days, between all distinct meeting days up to `date` (a client met
  /// twice a year has a rhythm too, just a slow one); with fewer than three of those, the
  /// policy's default cadence.
  func usualContactGap(on date: CalendarDate, held: Int, policy: Policy) -> Double {
    let windowStart = date.adding(days: -Int64(policy.windowDays))
    let inWindow = min(Self.count(meetings, through: windowStart, \.date), held)
    for first in [inWindow, 0] {
      var days: [CalendarDate] = []
      for meeting in meetings[first..<held] where days.last != meeting.date {
        days.append(meeting.date)
      }
      guard days.count >= Self.meetingsForUsualGap else { continue }
      let gaps = zip(days, days.dropFirst()).map { $0.days(to: $1) }
      if let median = Self.median(gaps) { return median }
    }
    return Double(policy.defaultContactCadenceDays)
  }

  /// Days since the last purchase, and the chance that the client, if alive, makes no
  /// purchase within the horizon; nil before the first purchase.
  ///
  /// - Parameters:
  ///   - expectedGap: the client's expected days between purchases while alive (detail).
  ///   - silence: P(no purchase in the horizon | alive) from the purchase model (score).
  func purchaseGap(on date: CalendarDate, expectedGap: Double, silence: Double)
    -> SignalReading?
  {
    let bought = saleDayCount(through: date)
    guard bought > 0 else { return nil }
    let gap = Double(saleDays[bought - 1].days(to: date))
    return SignalReading(.purchaseGap, value: gap, detail: expectedGap, score: silence)
  }

  /// Complaints open at the end of `date`, and how many of them are stale.
  ///
  /// Score: an open complaint is one point and a stale one (open more than
  /// `staleComplaintDays`) two; four points or more score 1.
  func complaints(on date: CalendarDate, policy: Policy) -> SignalReading {
    var open = 0
    var stale = 0
    for complaint in complaints where complaint.filedOn <= date {
      if let resolved = complaint.resolvedOn, resolved <= date { continue }
      open += 1
      if complaint.filedOn.days(to: date) > Int64(policy.staleComplaintDays) { stale += 1 }
    }
    return SignalReading(
      .complaints, value: Double(open), detail: Double(stale),
      score: Double(open + stale) / Self.complaintPointsForFullScore)
  }

  /// Granted discounts and lost negotiations in `(date − discountWindowDays, date]`.
  ///
  /// Score: a granted discount (a deal won or open with a discount above zero) is one
  /// point, a lost negotiation two, since the client then bought elsewhere or not at all;
  /// four points or more score 1.
  func discountPressure(on date: CalendarDate, policy: Policy) -> SignalReading {
    let start = date.adding(days: -Int64(policy.discountWindowDays))
    let first = Self.count(negotiations, through: start, \.date)
    let last = Self.count(negotiations, through: date, \.date)
    var granted = 0
    var lost = 0
    for negotiation in negotiations[min(first, last)..<last] {
      if negotiation.outcome == .lost {
        lost += 1
      } else if negotiation.grantedBasisPoints > 0 {
        granted += 1
      }
    }
    return SignalReading(
      .discountPressure, value: Double(granted + lost), detail: Double(lost),
      score: Double(granted + 2 * lost) / Self.discountPointsForFullScore)
  }
}
