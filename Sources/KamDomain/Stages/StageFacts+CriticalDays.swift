import KamTime

/// What happens on a day where a client's stage can change.
struct StageDay: Hashable, Sendable {
  /// The latest sequence number among the stage facts dated on the day.
  var latestEventSeq: Int64?
  /// Every stage fact dated on the day, when there is more than one (the
  /// cause is then the one that completed or broke the rule).
  var otherEventSeqs: [Int64] = []
  /// What passing time changes on the day.
  var triggers: TimeTriggers = []
}

extension StageFacts {
  /// Every day on which the stage can change, with its events and triggers.
  ///
  /// Between two such days every rule's inputs are constant, so evaluating
  /// only these days finds every transition: facts enter on their day, and
  /// time moves a rule's input only on the days listed for each trigger.
  func criticalDays(policy: Policy) -> [CalendarDate: StageDay] {
    var days: [CalendarDate: StageDay] = [:]
    func event(_ seq: Int64, on date: CalendarDate) {
      var day = days[date, default: StageDay()]
      if let latest = day.latestEventSeq {
        day.otherEventSeqs.append(min(latest, seq))
        day.latestEventSeq = max(latest, seq)
      } else {
        day.latestEventSeq = seq
      }
      days[date] = day
    }
    func trigger(_ trigger: TimeTrigger, on date: CalendarDate) {
      days[date, default: StageDay()].triggers.insert(trigger)
    }
    let window = Int64(policy.windowDays)
    for sale in sales.entries {
      event(sale.seq, on: sale.date)
      trigger(.saleLeftWindow, on: sale.date.adding(days: window))
    }
    if let first = sales.entries.first {
      trigger(.tenureReached, on: first.date.adding(days: Int64(policy.partnershipTenureDays)))
    }
    for meeting in meetings.entries {
      event(meeting.seq, on: meeting.date)
      trigger(.meetingLeftWindow, on: meeting.date.adding(days: window))
    }
    for resolution in resolutions.entries {
      event(resolution.seq, on: resolution.date)
      // A cost of zero leaving the window changes nothing; naming it would mislead.
      if resolution.cost != 0 {
        trigger(.costLeftWindow, on: resolution.date.adding(days: window))
      }
    }
    let staleAfter = Int64(policy.complaintDemotionDays) + 1
    for complaint in complaints {
      event(complaint.seq, on: complaint.filedOn)
      let stale = complaint.filedOn.adding(days: staleAfter)
      if complaint.resolvedOn.map({ $0 > stale }) ?? true { trigger(.complaintStale, on: stale) }
    }
    for initiative in initiatives {
      event(initiative.seq, on: initiative.from)
      if let last = initiative.to, last >= initiative.from {
        trigger(.initiativeEnded, on: last.adding(days: 1))
      }
    }
    for assessment in assessments.entries { event(assessment.seq, on: assessment.date) }
    return days
  }
}
