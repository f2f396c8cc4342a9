public import KamTime

/// The service each client received in a period against what it is worth and could
/// become, with a verdict per client and each owner's split of effort: the data of
/// `kam service` (the source article's second danger, issue #19; `docs/service.md`).
///
/// Service is counted inside the period (`[begin, end)`): meetings, their minutes and
/// cost, complaint handling (resolutions dated in it). Value is the client's on the
/// period's last day, as `kam clients` shows it then: profit over the policy's window,
/// Pareto class, key-account reasons, stage. A pure fold; nothing is recorded.
public struct ServiceReport: Hashable, Sendable {
  /// The period, first day inclusive, last exclusive.
  public var period: Range<CalendarDate>
  /// One row per client served in the period, buying in the window ending on its last
  /// day, or a key account then; by owner, then minutes (most first), then slug.
  public var rows: [ServiceRow]
  /// One row per owner of those clients, by name.
  public var owners: [ServiceOwnerRow]
  /// The whole book's usual efforts and owners' totals every verdict is weighed against.
  public var norms: ServiceNorms

  /// Each tier's usual meetings in the period: the median over its clients (zeros included).
  public var usualMeetings: [ServiceTier: Double] { norms.usualMeetings }
  /// Each tier's usual minutes in the period, the same way.
  public var usualMinutes: [ServiceTier: Double] { norms.usualMinutes }

  /// The period's last day: the day value, class and stage are read on.
  public var lastDay: CalendarDate { period.upperBound.adding(days: -1) }
  /// The period's length in days.
  public var days: Int64 { period.lowerBound.days(to: period.upperBound) }

  /// The report over `histories` for `period` (not empty).
  ///
  /// - Parameters:
  ///   - portfolio: the portfolio on the period's last day, when the caller has it already.
  ///   - valueAtStake: each loyal client's value at stake on the last day, where known.
  ///   - stages: clients' stages on the last day, when the caller has them already; the
  ///     others are evaluated here.
  ///   - focus: only this client's row is built (and its owner's); the usual efforts and
  ///     the shares are still the whole book's.
  public init(
    _ histories: [ClientHistory], in period: Range<CalendarDate>, policy: Policy,
    portfolio: Portfolio? = nil, valueAtStake: [ClientSlug: Money] = [:],
    stages: [ClientSlug: Stage] = [:], focus: ClientSlug? = nil
  ) {
    precondition(!period.isEmpty, "a service report needs a period of at least one day")
    self.period = period
    let days = period.lowerBound.days(to: period.upperBound)
    let last = period.upperBound.adding(days: -1)
    // By position: a copy of each history would retain and release its dozen arrays.
    let known = histories.indices.filter { histories[$0].isKnown(by: last) }
    let portfolio =
      portfolio ?? Portfolio(known.map { histories[$0] }, on: last, policy: policy)
    let entries = Dictionary(
      portfolio.entries.map { ($0.client, $0) }, uniquingKeysWith: { first, _ in first })
    let served = ParallelMap.map(known, minimumPerCore: 64) {
      index -> ServiceFigures? in
      let history = histories[index]
      guard let entry = entries[history.client] else { return nil }
      return ServiceFigures(
        history, entry: entry, in: period, policy: policy,
        rhythm: focus.map { $0 == history.client } ?? true)
    }.compactMap { $0 }
    let norms = ServiceNorms(served, in: period)
    self.norms = norms
    let positions = Dictionary(
      known.map { (histories[$0].client, $0) }, uniquingKeysWith: { first, _ in first })
    var rows: [ServiceRow] = []
    for figures in served {
      // The stage rules are the costly part: run them only for the rows shown.
      let shown = focus.map { $0 == figures.client } ?? true
      let stage =
        !shown
        ? figures.isProspect ? .prospect : .transactional
        : stages[figures.client]
          ?? StageRules.evaluate(
            histories[positions[figures.client]!], on: last, policy: policy
          ).stage
      rows.append(
        norms.row(
          for: figures, stage: stage, valueAtStake: valueAtStake[figures.client], policy: policy))
    }
    if let focus {
      // One row shown, and its owner's: what a tier warrants is still the whole book's.
      let shown = rows.filter { $0.client == focus }
      self.owners = Self.owners(
        rows, usualMeetings: norms.usualMeetings, days: days, only: Set(shown.map(\.owner)))
      self.rows = shown
    } else {
      rows.sort {
        if $0.owner != $1.owner { return $0.owner < $1.owner }
        if $0.minutes != $1.minutes { return $0.minutes > $1.minutes }
        return $0.client < $1.client
      }
      self.owners = Self.owners(rows, usualMeetings: norms.usualMeetings, days: days)
      self.rows = rows
    }
  }

  /// The row of one client, if it is in the report.
  public func row(for client: ClientSlug) -> ServiceRow? { rows.first { $0.client == client } }

  /// The median of `values`, nil when there are none.
  static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
