import KamTime

extension StageFacts {
  /// The sequence numbers of the facts `rule` counted on `t`, ascending.
  ///
  /// Stale complaints are listed whatever the rule, since they are what held
  /// the client below cooperation.
  func evidence(for rule: StageRule, on t: CalendarDate, policy: Policy) -> [Int64] {
    let before = t.adding(days: -Int64(policy.windowDays))
    let saleWindow = sales.range(after: before, through: t)
    var seqs = staleComplaints(on: t, policy: policy).map(\.seq)
    switch rule {
    case .prospect:
      break
    case .lapsed:
      let count = sales.count(through: t)
      if count > 0 { seqs.append(sales.entries[count - 1].seq) }
    case .transactional, .goldenShot:
      seqs += saleWindow.map { sales.entries[$0].seq }
      if sales.count(through: t) == 1 {
        seqs += quietNegotiations(before: sales.entries[0], policy: policy).map(\.seq)
      }
    case .cooperation:
      seqs += saleWindow.map { sales.entries[$0].seq }
      seqs += meetings.range(after: before, through: t).map { meetings.entries[$0].seq }
    case .partnership, .synergy:
      seqs += saleWindow.map { sales.entries[$0].seq }
      seqs += meetings.range(after: before, through: t).map { meetings.entries[$0].seq }
      seqs += resolutions.range(after: before, through: t).map { resolutions.entries[$0].seq }
      if let first = sales.entries.first { seqs.append(first.seq) }
      if rule == .synergy {
        seqs += activeInitiatives(on: t).map(\.seq)
        let assessed = assessments.count(through: t)
        if assessed > 0 { seqs.append(assessments.entries[assessed - 1].seq) }
      }
    }
    return Array(Set(seqs)).sorted()
  }
}
