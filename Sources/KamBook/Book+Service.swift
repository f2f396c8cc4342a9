public import KamDomain
public import KamTime

extension Book {
  /// The service every client received in `period` against its value on the period's last
  /// day (`kam service`), as known at `knownAt`; `focus` builds one client's row only.
  ///
  /// Value at stake comes from the churn models fitted on the last day, as `kam risk`
  /// shows it, for the loyal clients. A read: nothing is recorded, the owners' what-if
  /// included; of the log as it stands, the norms of `kam explain`'s quarter are kept, as
  /// listings are.
  public func service(
    in period: Range<CalendarDate>, knownAt: Instant? = nil, focus: ClientSlug? = nil
  ) throws(BookError) -> ServiceReport {
    let last = period.upperBound.adding(days: -1)
    let view = try view(on: last, knownAt: knownAt, focus: focus)
    let report = service(in: period, view: view, focus: focus)
    // The quarter `kam explain` weighs a client's service against: its norms are kept too.
    if knownAt == nil, period == ClientExplanation.servicePeriod(endingOn: last) {
      keep(Self.serviceNormsName, report.norms.encoded, on: last, at: view.modelsHead)
    }
    return report
  }

  /// The same, from a view of the period's last day the caller has already (`kam explain`'s),
  /// made with the same `focus`, as known when the view was: the service is of the view's
  /// histories, so the log is not read again. Without `valueAtStake` the spend model (a fit
  /// over every client, about half of a focused report's time) is skipped, and no row
  /// carries a value at stake.
  public func service(
    in period: Range<CalendarDate>, view: BookView, focus: ClientSlug? = nil,
    valueAtStake: Bool = true
  ) -> ServiceReport {
    let last = period.upperBound.adding(days: -1)
    precondition(view.date == last, "the view must be of the period's last day")
    let histories = view.histories
    var stakes: [ClientSlug: Money] = [:]
    // The spend model is a fit over every client: only when a loyal client is shown.
    let loyal = view.risk.assessments.filter { assessment in
      valueAtStake && assessment.loyal && (focus.map { $0 == assessment.client } ?? true)
    }
    let spend = loyal.isEmpty ? nil : BookSpendModel(histories, on: last)
    for assessment in loyal {
      guard let spend else { break }
      // The histories are in slug order.
      let index = histories.partitioningIndex { $0.client >= assessment.client }
      guard index < histories.endIndex, histories[index].client == assessment.client
      else { continue }
      stakes[assessment.client] =
        ClientStake(
          histories[index], on: last, horizonDays: view.policy.riskHorizonDays,
          purchases: view.risk.purchaseModel, spend: spend,
          churn: assessment.churnProbability(policy: view.policy)
        ).valueAtStake
    }
    let stages = Dictionary(
      view.rows.map { ($0.history.client, $0.stage.stage) }, uniquingKeysWith: { a, _ in a })
    return ServiceReport(
      histories, in: period, policy: view.policy, portfolio: view.portfolio,
      valueAtStake: stakes, stages: stages, focus: focus)
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
