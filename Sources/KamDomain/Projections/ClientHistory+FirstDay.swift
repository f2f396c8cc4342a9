public import KamTime

extension ClientHistory {
  /// The first day the client is known: its registration or its earliest fact
  /// that counts (not retracted); nil when nothing counts.
  ///
  /// The day a stage timeline starts. Read for every client by every
  /// whole-book query, so it walks the facts without extracting them.
  public var firstDay: CalendarDate? {
    // The retractions, not `self`: a closure over the history would copy it.
    let retractions = retractions
    let counts = { (seq: Int64) in !Self.isRetracted(seq, in: retractions) }
    var first = registeredOn
    func see(_ date: CalendarDate) { if first.map({ date < $0 }) ?? true { first = date } }
    for sale in sales where counts(sale.seq) { see(sale.date) }
    for meeting in meetings where counts(meeting.seq) { see(meeting.date) }
    for complaint in complaints where counts(complaint.seq) {
      see(complaint.filedOn)
      if let resolution = complaint.standingResolution(counts) { see(resolution.date) }
    }
    for negotiation in negotiations where counts(negotiation.seq) { see(negotiation.date) }
    for initiative in initiatives where counts(initiative.seq) { see(initiative.from) }
    for assessment in assessments where counts(assessment.seq) { see(assessment.date) }
    for mark in strategicMarks where counts(mark.seq) { see(mark.date) }
    return first
  }

  /// True when the client is known by the end of `date`: ``firstDay`` is on or
  /// before it. A registration by then settles it without walking the facts,
  /// which for most clients of a book it does.
  public func isKnown(by date: CalendarDate) -> Bool {
    if let registered = registeredOn, registered <= date { return true }
    return firstDay.map { $0 <= date } ?? false
  }
}
