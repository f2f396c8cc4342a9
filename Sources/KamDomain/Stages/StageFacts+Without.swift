import KamTime

extension StageFacts {
  /// The facts without the one of sequence number `seq`: what the day would
  /// have been without that event, to tell which of a day's events a change needed.
  func without(_ seq: Int64) -> StageFacts {
    var copy = self
    copy.sales = sales.without(seq)
    copy.countedSales = countedSales.without(seq)
    copy.meetings = meetings.without(seq)
    copy.resolutions = resolutions.without(seq)
    copy.assessments = assessments.without(seq)
    // Most events are neither a complaint, its resolution nor an initiative.
    if complaints.contains(where: { $0.seq == seq || $0.resolutionSeq == seq }) {
      copy.complaints = complaints.filter { $0.seq != seq }.map { complaint in
        guard complaint.resolutionSeq == seq else { return complaint }
        var open = complaint
        open.resolvedOn = nil
        open.resolutionSeq = nil
        return open
      }
    }
    if initiatives.contains(where: { $0.seq == seq }) {
      copy.initiatives = initiatives.filter { $0.seq != seq }
    }
    return copy
  }
}
