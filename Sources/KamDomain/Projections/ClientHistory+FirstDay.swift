public import KamTime

extension ClientHistory {
  /// The first day the client is known: its registration or its earliest fact
  /// that counts (not retracted); nil when nothing counts.
  ///
  /// The day a stage timeline starts. Read for every client by every
  /// whole-book query, so it walks the facts without extracting them.
  public var firstDay: CalendarDate? {
    let counts = { (seq: Int64) in !self.isRetracted(seq) }
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
  /// before it. Stops at the first registration or fact that says so, which for
  /// most clients of a book is the registration.
  public func isKnown(by date: CalendarDate) -> Bool {
    if let registered = registeredOn, registered <= date { return true }
    let counts = { (seq: Int64) in !self.isRetracted(seq) }
    func early(_ day: CalendarDate, _ seq: Int64) -> Bool { day <= date && counts(seq) }
    return sales.contains { early($0.date, $0.seq) }
      || meetings.contains { early($0.date, $0.seq) }
      || complaints.contains { complaint in
        counts(complaint.seq)
          && (complaint.filedOn <= date
            || complaint.standingResolution(counts).map { $0.date <= date } ?? false)
      }
      || negotiations.contains { early($0.date, $0.seq) }
      || initiatives.contains { early($0.from, $0.seq) }
      || assessments.contains { early($0.date, $0.seq) }
      || strategicMarks.contains { early($0.date, $0.seq) }
  }
}
