public import KamDomain
import KamEventLog
import KamPurchaseModel
public import KamTime

extension Book {
  /// The name the service norms of `kam explain`'s quarter (``ServiceNorms``) are stored
  /// under, for the quarter's last day.
  package static let serviceNormsName = "service-norms"

  /// Why `client` has its stage, value, key-account reasons, service verdict, fit and risk
  /// on `date`, counting only what was recorded by `knownAt`; nil when the client is not
  /// in the book then.
  ///
  /// Of the log as it stands, an established client's explanation is read from what the
  /// book keeps of that log for the day (``storedExplanation(of:on:)``): its own history,
  /// its rows of the client and risk listings, the purchase model and the service norms.
  /// Otherwise the client is explained from a view focused on it, which weighs it against
  /// every history, and the service norms of that view are kept for the next explanation.
  ///
  /// ```swift
  /// if let explanation = try book.explanation(of: acme, on: today) {
  ///   print(explanation.stage.explanation)
  /// }
  /// ```
  public func explanation(of client: ClientSlug, on date: CalendarDate, knownAt: Instant? = nil)
    throws(BookError) -> ClientExplanation?
  {
    if knownAt == nil, let stored = try storedExplanation(of: client, on: date) { return stored }
    let view = try view(on: date, knownAt: knownAt, focus: client)
    guard let row = view.row(for: client) else { return nil }
    let period = ClientExplanation.servicePeriod(endingOn: date)
    // Its value at stake is the risk's, and the spend model would double the time.
    let service = service(in: period, view: view, focus: client, valueAtStake: false)
    if knownAt == nil {
      keep(Self.serviceNormsName, service.norms.encoded, on: date, at: view.modelsHead)
    }
    return ClientExplanation(row, view: view, service: service.row(for: client), period: period)
  }

  /// `client`'s explanation on `date` from what the book keeps of the log as it stands, in
  /// one transaction; nil when any part is not kept at the log's last event, or when the
  /// explanation needs the whole book.
  ///
  /// A prospect or a client in its first year is scored against the key-client profile,
  /// and "potential" and "likely-win" are worded with the portfolio's cut-off and profile:
  /// those are learned from every history, so they are explained from a view.
  public func storedExplanation(of client: ClientSlug, on date: CalendarDate) throws(BookError)
    -> ClientExplanation?
  {
    try BookError.catching {
      try store.reading { tx -> ClientExplanation? in
        // The norms first: a few bytes, where a listing's part is kilobytes on a large book.
        let period = ClientExplanation.servicePeriod(endingOn: date)
        guard let stored = try tx.storedModel(Self.serviceNormsName, on: date),
          stored.logSeq == (try tx.lastSequence()),
          let norms = try? ServiceNorms(encoded: stored.body, period: period)
        else { return nil }
        guard
          let (policy, row) = try storedClientRow(of: client, on: date, in: tx),
          let history = try history(of: client, in: tx).0,
          Self.isExplainedFromKeptParts(row, history, on: date, policy: policy)
        else { return nil }
        var risk: ChurnRiskAssessment?
        var purchaseModel: PurchaseModelFit.Model?
        if row.churnRisk != nil {
          guard
            let listed = try storedRow(
              Self.riskListingName, of: client, on: date,
              { part, date, policy throws(SnapshotError) in
                try RiskListing.decoded(part: part, on: date, policy: policy, client: client)
              }, in: tx),
            let churn = try StoredModels(tx, on: date, knownAt: nil, before: nil).churn,
            churn.date == date
          else { return nil }
          risk = listed.row.assessment
          purchaseModel = churn.purchase.model
        }
        let stage = StageRules.evaluate(history, on: date, policy: policy)
        let reasons = row.keyAccountReasons.compactMap { reason in
          reason.rule(for: history, profit: row.value.profit, on: date, policy: policy).map {
            ClientExplanation.Reason(reason: reason, rule: $0)
          }
        }
        let service = norms.row(
          for: history, profit: row.value.profit, paretoClass: row.paretoClass,
          keyAccountReasons: row.keyAccountReasons, isProspect: row.isProspect,
          stage: stage.stage, policy: policy)
        return ClientExplanation(
          date: date, policy: policy, history: history, stage: stage, value: row.value,
          paretoClass: row.paretoClass, reasons: reasons, churnRisk: row.churnRisk, risk: risk,
          purchaseModel: purchaseModel, servicePeriod: period, service: service, fit: nil,
          profile: nil)
      }
    }
  }

  /// Whether `row`'s client is explained from what the book keeps (``storedExplanation(of:on:)``):
  /// a buyer of at least the loyal tenure, without a "potential" or "likely-win" reason,
  /// whose explanation reads nothing learned from every history but the kept norms.
  static func isExplainedFromKeptParts(
    _ row: ClientListing, _ history: ClientHistory, on date: CalendarDate, policy: Policy
  ) -> Bool {
    guard !row.keyAccountReasons.contains(.potential),
      !row.keyAccountReasons.contains(.likelyWin),
      let first = history.firstSaleDate(on: date)
    else { return false }
    return first.days(to: date) >= Int64(policy.loyalTenureDays)
  }
}
