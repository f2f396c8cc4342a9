import KamTime

extension StageFacts {
  /// The conditions of `stage` on `t`, each with the facts it counted;
  /// `keeping` reads them at their exit thresholds.
  func checks(
    for stage: Stage, _ m: StageMeasures, on t: CalendarDate, policy: Policy,
    keeping: Bool = false
  ) -> [StageCheck] {
    StageCondition.all(for: stage, m, policy, keeping: keeping).map { condition in
      StageCheck(
        stage: stage, holds: condition.holds, text: condition.text, gap: condition.gap,
        facts: facts(of: condition.reading, stage: stage, on: t, policy: policy))
    }
  }

  /// The stale complaints that would lower `stage` one step on `t`, as a
  /// failing check; none when there are none or they would not lower it.
  func staleCheck(for stage: Stage, _ m: StageMeasures, on t: CalendarDate, policy: Policy)
    -> [StageCheck]
  {
    guard m.staleComplaints > 0, stage.oneStepDown != stage else { return [] }
    let condition = StageCondition(
      holds: false,
      reading: .staleComplaints(m.staleComplaints, days: policy.complaintDemotionDays))
    return [
      StageCheck(
        stage: stage, holds: false, text: condition.text, gap: condition.gap,
        facts: facts(of: condition.reading, stage: stage, on: t, policy: policy))
    ]
  }

  /// The sequence numbers of the facts a condition reads on `t`, ascending.
  private func facts(
    of reading: StageCondition.Reading, stage: Stage, on t: CalendarDate, policy: Policy
  ) -> [Int64] {
    let before = t.adding(days: -Int64(policy.windowDays))
    func window(_ ledger: StageLedger) -> [Int64] {
      ledger.range(after: before, through: t).map { ledger.entries[$0].seq }
    }
    switch reading {
    case .sales:
      // Transactional counts any sale; the higher stages only those above the minimum.
      return window(stage == .transactional ? sales : countedSales)
    case .meetings:
      return window(meetings)
    case .staleComplaints:
      return staleComplaints(on: t, policy: policy).map(\.seq)
    case .tenure:
      return sales.entries.first.map { [$0.seq] } ?? []
    case .profit:
      return (window(sales) + window(meetings) + window(resolutions)).sorted()
    case .initiatives:
      return activeInitiatives(on: t).map(\.seq)
    case .standing:
      let assessed = assessments.count(through: t)
      return assessed > 0 ? [assessments.entries[assessed - 1].seq] : []
    }
  }
}
