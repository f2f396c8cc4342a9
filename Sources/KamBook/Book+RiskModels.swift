public import KamDomain
import KamEventLog
public import KamPurchaseModel
public import KamTime

extension Book {
  /// The book's churn models on `date`, with no client assessed: the purchase model, the
  /// calibration of the chance of no purchase, and the spend model (`kam risk --model`).
  ///
  /// The same fits as ``view(on:knownAt:before:focus:usingFit:)`` makes, without the
  /// portfolio, the stage rules or any client's signals. On a log that has not changed
  /// since they were last fitted for `date`, they are read back from the book and no
  /// history is read at all.
  public func riskModels(on date: CalendarDate, knownAt: Instant? = nil) throws(BookError) -> (
    risk: ChurnRiskModels, spend: SpendModelFit
  ) {
    try BookError.catching {
      let (stored, read) = try store.reading { tx in
        let stored = try StoredModels(tx, on: date, knownAt: knownAt, before: nil)
        // Both stored: no fact is read at all.
        if stored.churn != nil, stored.spend != nil { return (stored, nil as FitInputs?) }
        return (stored, try riskFacts(knownAt: knownAt, in: tx))
      }
      if let churn = stored.churn, let spend = stored.spend { return (churn, spend) }
      guard let (facts, policy, keepAt) = read else {
        preconditionFailure("the facts are read whenever a model is not stored")
      }
      // The spend fit runs on its own thread beside the churn fits, which leave a core idle
      // between their parallel stretches: the same models, sooner.
      let (risk, spend) = try ParallelMap.both(
        { () throws(PurchaseModelError) -> ChurnRiskModels in
          if let churn = stored.churn { return churn }
          return try ChurnRiskReport.models(
            facts, on: date, policy: policy, options: BookView.fitOptions)
        },
        { stored.spend ?? BookSpendModel(facts, on: date).fit })
      // Kept on this thread: the store's connection belongs to it.
      var kept: [(name: String, day: CalendarDate, body: [UInt8])] = []
      if keepAt != nil { kept.append((Self.riskFactsName, Self.riskFactsDay, facts.encoded)) }
      if stored.churn == nil { kept.append((Self.churnModelsName, date, risk.encoded)) }
      if stored.spend == nil { kept.append((Self.spendModelName, date, spend.encoded)) }
      keep(kept, at: stored.head)
      return (risk, spend)
    }
  }

  /// What the models are fitted from when one is not stored (``riskFacts(knownAt:in:)``).
  private typealias FitInputs = (facts: BookRiskFacts, policy: Policy, keepAt: SequenceNumber?)

  /// The spend model of a view's clients on its day (`kam risk`, the report): read back
  /// from the book when fitted on an unchanged log, else fitted and kept.
  public func spendModel(_ view: BookView) throws(BookError) -> BookSpendModel {
    // Fitted beside the churn models when the view was asked for it.
    if let spend = view.spend { return spend }
    let histories = view.rows.map(\.history)
    guard let head = view.logHead else { return BookSpendModel(histories, on: view.date) }
    let stored = try store.reading { tx in
      try StoredModels(tx, on: view.date, knownAt: nil, before: nil)
    }
    // Stored for the log the view read, not for one that moved on since.
    if stored.head == head, let fit = stored.spend {
      return BookSpendModel(histories, on: view.date, fit: fit)
    }
    let spend = BookSpendModel(histories, on: view.date)
    keep(Self.spendModelName, spend.fit.encoded, on: view.date, at: head)
    return spend
  }
}
