public import KamDomain
public import KamTime

extension Book {
  /// The service every client received in `period` against its value on the period's last
  /// day (`kam service`), as known at `knownAt`; `focus` builds one client's row only.
  ///
  /// Value at stake comes from the churn models fitted on the last day, as `kam risk`
  /// shows it, for the loyal clients. A read: nothing is recorded, the owners' what-if
  /// included.
  public func service(
    in period: Range<CalendarDate>, knownAt: Instant? = nil, focus: ClientSlug? = nil
  ) throws(BookError) -> ServiceReport {
    try BookError.catching {
      let last = period.upperBound.adding(days: -1)
      let view = try view(on: last, knownAt: knownAt, focus: focus)
      // A whole-book view holds every history already; a focused one only its client's.
      let histories =
        focus == nil
        ? view.rows.map(\.history).sorted { $0.client < $1.client }
        : try histories(knownOn: last, knownAt: knownAt)
      let spend = BookSpendModel(histories, on: last)
      var byClient: [ClientSlug: ClientHistory] = [:]
      for history in histories { byClient[history.client] = history }
      var stakes: [ClientSlug: Money] = [:]
      for assessment in view.risk.assessments where assessment.loyal {
        guard let history = byClient[assessment.client] else { continue }
        stakes[assessment.client] =
          ClientStake(
            history, on: last, horizonDays: view.policy.riskHorizonDays,
            purchases: view.risk.purchaseModel, spend: spend,
            churn: assessment.churnProbability(policy: view.policy)
          ).valueAtStake
      }
      return ServiceReport(
        histories, in: period, policy: view.policy, portfolio: view.portfolio,
        valueAtStake: stakes, focus: focus)
    }
  }

  /// Every account owner named by a client known on `date`, by name.
  public func owners(knownOn date: CalendarDate, knownAt: Instant? = nil) throws(BookError)
    -> [String]
  {
    try BookError.catching {
      Set(try histories(knownOn: date, knownAt: knownAt).compactMap(\.owner)).sorted()
    }
  }
}
