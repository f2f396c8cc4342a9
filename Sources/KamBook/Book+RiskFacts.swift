package import KamDomain
import KamEventLog
package import KamTime

extension Book {
  /// The name every client's risk facts (``BookRiskFacts``) are kept under.
  package static let riskFactsName = "risk-facts"
  /// The day they are kept under: they hold for every day.
  package static let riskFactsDay = CalendarDate(daysSinceEpoch: 0)
  /// The most events after the kept facts that are caught up client by client; a longer
  /// stretch (an import) reads every history instead.
  package static let riskFactsCatchUp = 4_096
  /// How many events behind the kept facts may fall before the caught-up ones are kept in
  /// their place: rewriting a megabyte after each write would cost more than catching up
  /// a few hundred clients does.
  package static let riskFactsKeptBehind = 256

  /// Every client's risk facts of the log as it stands, the kept ones caught up as
  /// ``riskModels(on:knownAt:)`` catches them up, keeping nothing; nil when the snapshots
  /// cannot give them.
  package func riskFacts() throws(BookError) -> BookRiskFacts? {
    try BookError.catching {
      try store.reading { tx in
        try currentRiskFacts(policy: try policy(knownAt: nil, in: tx), in: tx)?.facts
      }
    }
  }

  /// Every client's risk facts as known at `knownAt`, and the policy then in force, read in
  /// `tx`: of the log as it stands, the kept ones caught up
  /// (``currentRiskFacts(policy:in:)``), with the log's last event when they are to be kept
  /// in their place; otherwise, or when the snapshots cannot give them, made from every
  /// history, and not kept.
  func riskFacts(knownAt: Instant?, in tx: any BookTransaction) throws -> (
    facts: BookRiskFacts, policy: Policy, keepAt: SequenceNumber?
  ) {
    let inForce = try policy(knownAt: knownAt, in: tx)
    if knownAt == nil, let current = try currentRiskFacts(policy: inForce, in: tx) {
      return (current.facts, inForce, current.keep ? try tx.lastSequence() : nil)
    }
    let histories = try histories(knownAt: knownAt, in: tx)
    return (BookRiskFacts(Array(histories.values), policy: inForce), inForce, nil)
  }

  /// Every client's risk facts of the log as it stands under `policy`, read in `tx`, and
  /// whether to keep them in place of those kept (made afresh, or caught up over more than
  /// ``riskFactsKeptBehind`` events); nil when the snapshots cannot give them (not current,
  /// or one unreadable).
  ///
  /// The kept facts are read back, and only the clients whose streams took an event
  /// since are taken again from their snapshots: a client's facts are its history's and
  /// the hourly rate's alone, and no other stream changes a history. Facts kept at
  /// another rate, in another format, or too far behind are made afresh from every
  /// snapshot.
  func currentRiskFacts(policy: Policy, in tx: any BookTransaction) throws -> (
    facts: BookRiskFacts, keep: Bool
  )? {
    guard try snapshotsAreCurrent(tx) else { return nil }
    let head = try tx.lastSequence()
    if let kept = try tx.storedModel(Self.riskFactsName, on: Self.riskFactsDay),
      kept.logSeq <= head, head.rawValue - kept.logSeq.rawValue <= Self.riskFactsCatchUp,
      var facts = try? BookRiskFacts(encoded: kept.body), facts.priced(as: policy)
    {
      guard kept.logSeq < head else { return (facts, false) }
      var touched: Set<ClientSlug> = []
      try tx.forEachEventToFold(after: kept.logSeq, limit: Self.riskFactsCatchUp) { event in
        if let client = ClientSlug(rawValue: event.stream.rawValue) { touched.insert(client) }
      }
      for client in touched.sorted() {
        guard let (history, _) = try storedHistory(of: client, in: tx) else { return nil }
        facts.update(client, with: history, policy: policy)
      }
      return (facts, head.rawValue - kept.logSeq.rawValue > Self.riskFactsKeptBehind)
    }
    guard let histories = try storedHistoryList(knownAt: nil, before: nil, in: tx) else {
      return nil
    }
    return (BookRiskFacts(histories, policy: policy), true)
  }
}
