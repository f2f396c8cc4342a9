extension ClientHistory {
  /// The history as it stood after event `seq`: the fold of this client's
  /// events numbered `seq` or less, without reading them again.
  ///
  /// Every fact keeps its sequence number and every list is in stream order,
  /// and the fold only ever appends, so cutting each list back is the same as
  /// never having applied the later events. This is what lets a replay as known
  /// at an earlier instant start from the stored snapshots.
  ///
  /// - Returns: nil when the stream had no event numbered `seq` or less.
  public func truncated(through seq: Int64) -> ClientHistory? {
    if lastSeq <= seq { return self }
    let kept = { (fact: Int64) in fact <= seq }
    var cut = ClientHistory(client: client)
    for registration in registrations.prefix(while: { kept($0.seq) }) {
      cut.register(registration)
    }
    cut.sales = Array(sales.prefix { kept($0.seq) })
    cut.meetings = Array(meetings.prefix { kept($0.seq) })
    cut.complaints = complaints.prefix { kept($0.seq) }.map { complaint in
      var complaint = complaint
      complaint.resolutions = Array(complaint.resolutions.prefix { kept($0.seq) })
      return complaint
    }
    cut.negotiations = Array(negotiations.prefix { kept($0.seq) })
    cut.initiatives = initiatives.prefix { kept($0.seq) }.map { initiative in
      var initiative = initiative
      initiative.endings = Array(initiative.endings.prefix { kept($0.seq) })
      return initiative
    }
    cut.assessments = Array(assessments.prefix { kept($0.seq) })
    cut.strategicMarks = Array(strategicMarks.prefix { kept($0.seq) })
    cut.profileChanges = Array(profileChanges.prefix { kept($0.seq) })
    for (target, by) in retractions {
      let standing = by.prefix { kept($0) }
      if !standing.isEmpty { cut.retractions[target] = Array(standing) }
    }
    cut.strays = Array(strays.prefix { kept($0) })
    cut.lastSeq = cut.latestSeq
    return cut.lastSeq == 0 ? nil : cut
  }

  /// The highest sequence number of any fact kept; 0 for none.
  private var latestSeq: Int64 {
    var latest: Int64 = 0
    func see(_ seq: Int64?) { if let seq, seq > latest { latest = seq } }
    see(registrations.last?.seq)
    see(sales.last?.seq)
    see(meetings.last?.seq)
    see(negotiations.last?.seq)
    see(assessments.last?.seq)
    see(strategicMarks.last?.seq)
    see(profileChanges.last?.seq)
    see(strays.last)
    for complaint in complaints { see(complaint.resolutions.last?.seq ?? complaint.seq) }
    for initiative in initiatives { see(initiative.endings.last?.seq ?? initiative.seq) }
    for by in retractions.values { see(by.last) }
    return latest
  }
}
