import KamTime

/// Every client's risk facts under one policy, in slug order, each with the first day the
/// client is known: all that the whole-book churn and spend models are fitted from.
///
/// A client's facts are its history's alone (and the policy's hourly rate, which prices
/// meetings), whatever the day asked about, so a book keeps them between writes and after
/// one replaces only the clients it touched (``update(_:with:policy:)``) instead of reading
/// every history again: `kam risk --model` right after a `kam log sale` then reads one row
/// and one client's snapshot.
///
/// ```swift
/// var facts = BookRiskFacts(histories, policy: policy)
/// facts.update(client, with: history, policy: policy)  // after an event of that client's
/// let models = try ChurnRiskReport.models(facts, on: today, policy: policy)
/// ```
package struct BookRiskFacts: Hashable, Sendable {
  /// The hourly rate the meetings' costs were priced at.
  package private(set) var hourlyRateMinor: Int64
  /// Each client's facts, in slug order.
  private(set) var facts: [RiskFacts]
  /// The first day each client is known (``ClientHistory/firstDay``), by position.
  private(set) var firstDays: [CalendarDate?]

  /// The facts of `histories` (any order, one per client) under `policy`.
  package init(_ histories: [ClientHistory], policy: Policy) {
    let sorted = histories.sorted { $0.client < $1.client }
    hourlyRateMinor = policy.hourlyRateMinor
    facts = ParallelMap.map(sorted, minimumPerCore: 64) { RiskFacts($0, policy: policy) }
    firstDays = sorted.map(\.firstDay)
  }

  /// Facts read back as they were kept.
  init(hourlyRateMinor: Int64, facts: [RiskFacts], firstDays: [CalendarDate?]) {
    precondition(facts.count == firstDays.count, "one first day per client")
    self.hourlyRateMinor = hourlyRateMinor
    self.facts = facts
    self.firstDays = firstDays
  }

  /// How many clients there are.
  package var count: Int { facts.count }

  /// Whether these facts were priced as `policy` prices meetings: only then are they the
  /// facts `policy` gives.
  package func priced(as policy: Policy) -> Bool {
    hourlyRateMinor == policy.hourlyRateMinor
  }

  /// Replaces `client`'s facts with those of its `history` as it now stands (nil: the
  /// client has none) under `policy`, which must price meetings as these facts were
  /// (``priced(as:)``), keeping slug order.
  package mutating func update(_ client: ClientSlug, with history: ClientHistory?, policy: Policy) {
    precondition(priced(as: policy), "facts priced at another hourly rate")
    let index = facts.partitioningIndex { $0.client >= client }
    let present = index < facts.count && facts[index].client == client
    guard let history else {
      if present {
        facts.remove(at: index)
        firstDays.remove(at: index)
      }
      return
    }
    let made = RiskFacts(history, policy: policy)
    if present {
      facts[index] = made
      firstDays[index] = history.firstDay
    } else {
      facts.insert(made, at: index)
      firstDays.insert(history.firstDay, at: index)
    }
  }

  /// The facts of the clients known by the end of `date`, in slug order: those of
  /// ``ClientHistory/isKnown(by:)`` histories.
  func known(on date: CalendarDate) -> [RiskFacts] {
    let isKnown = { (first: CalendarDate?) in first.map { $0 <= date } == true }
    // Every client, on most days asked about: the array itself, not a copy of each.
    if firstDays.allSatisfy(isKnown) { return facts }
    return zip(facts, firstDays).compactMap { isKnown($1) ? $0 : nil }
  }
}
