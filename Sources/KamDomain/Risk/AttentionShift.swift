import KamTime

/// Each owner's acquisition share of meetings in the trailing period ending on a day, and
/// how much it rose against the period before.
///
/// Trailing periods of `attentionWindowDays` ((t − W, t] against (t − 2W, t − W]) rather
/// than calendar quarters, so that a client's risk does not jump on the first day of a
/// quarter, when the new quarter holds only a meeting or two.
struct AttentionShift: Hashable, Sendable {
  /// One owner's shares; nil where the owner held no meeting in that period.
  struct Shares: Hashable, Sendable {
    var current: Double?
    var previous: Double?

    /// current − previous, when both are known.
    var rise: Double? {
      guard let current, let previous else { return nil }
      return current - previous
    }
  }

  /// Shares by owner (`AttentionReport.unassigned` for clients without one).
  var owners: [String: Shares]

  /// The shares on `date` from classified meetings.
  init(meetings: [AttentionMeeting], on date: CalendarDate, policy: Policy) {
    let window = Int64(max(policy.attentionWindowDays, 1))
    let currentStart = date.adding(days: -window)
    let previousStart = date.adding(days: -2 * window)
    var current: [String: AttentionRow] = [:]
    var previous: [String: AttentionRow] = [:]
    let blank = AttentionRow(owner: "", period: "", start: date)
    for meeting in meetings where meeting.date <= date && meeting.date > previousStart {
      if meeting.date > currentStart {
        current[meeting.owner, default: blank].add(meeting)
      } else {
        previous[meeting.owner, default: blank].add(meeting)
      }
    }
    var owners: [String: Shares] = [:]
    for owner in Set(current.keys).union(previous.keys) {
      owners[owner] = Shares(
        current: current[owner]?.acquisitionShare, previous: previous[owner]?.acquisitionShare)
    }
    self.owners = owners
  }

  /// The attention-shift reading of a loyal client of `owner` whose contact gap is
  /// `contactGap`; nil when the owner's rise is unknown.
  ///
  /// It scores only when both hold: the owner's acquisition share rose by at least
  /// `attentionShiftRise`, and the client's gap since the last meeting exceeds its usual
  /// gap `attentionGapFactor` times (a gap just past the usual one is the rhythm's noise:
  /// a quarter of the clients an owner keeps up have one on any day). The score is rise / (2 × attentionShiftRise), capped at 1: the threshold rise
  /// scores ½, twice the threshold 1.
  func reading(owner: String, contactGap: SignalReading, policy: Policy) -> SignalReading? {
    guard let shares = owners[owner], let rise = shares.rise else { return nil }
    let threshold = policy.attentionShiftRise
    let neglected = contactGap.exceedsUsualGap(times: policy.attentionGapFactor)
    let holds = rise >= threshold && rise > 0 && neglected
    let score = threshold > 0 ? rise / (2 * threshold) : 1
    return SignalReading(
      .attentionShift, value: rise, detail: shares.current, score: holds ? score : 0)
  }
}
