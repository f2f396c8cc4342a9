import KamDomain
import KamPurchaseModel
import KamTime

extension ClientExplanation {
  /// The explanation of `row` of a view (focused on it or not), with its service verdict
  /// over `period`.
  init(
    _ row: BookView.ClientRow, view: BookView, service: ServiceRow?,
    period: Range<CalendarDate>
  ) {
    let assessed = row.churnRisk == nil ? nil : view.risk.assessment(of: row.history.client)
    self.init(
      date: view.date, policy: view.policy, history: row.history, stage: row.stage,
      value: row.entry.value, paretoClass: row.entry.paretoClass,
      reasons: row.entry.keyAccountReasons.map { reason in
        Reason(
          reason: reason,
          rule: reason.rule(
            for: row.history, entry: row.entry, in: view.portfolio, policy: view.policy))
      },
      churnRisk: row.churnRisk, risk: assessed,
      purchaseModel: assessed == nil ? nil : view.risk.fit.model, servicePeriod: period,
      service: service, fit: Self.fit(of: row, in: view), profile: view.profile)
  }

  /// A prospect's or first-year client's fit: the entry's, learned with a fitted profile;
  /// else the fallback's (the stated win probability); nil for an established client.
  private static func fit(of row: BookView.ClientRow, in view: BookView) -> ProspectFit? {
    if let fit = row.entry.fit { return fit }
    guard let profile = view.profile,
      let facts = EarlyFacts(row.history, on: view.date, earlyDays: profile.earlyDays),
      KeyClientProfile.isNew(facts, on: view.date, policy: view.policy)
    else { return nil }
    return profile.score(row.history, policy: view.policy)
  }
}
