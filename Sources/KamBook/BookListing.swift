public import KamDomain
public import KamTime

/// Rows of every client on one day and the policy in force: what a whole-book listing
/// prints (``ClientListing`` for `kam clients` and `kam key-accounts`, ``RiskListing`` for
/// `kam risk`).
public struct BookListing<Row: Hashable & Sendable>: Sendable {
  /// The business date evaluated.
  public var date: CalendarDate
  /// The policy in force (as known at the instant asked about).
  public var policy: Policy
  /// The rows, in the order of the view they were taken from.
  public var rows: [Row]

  /// A listing of its parts.
  public init(date: CalendarDate, policy: Policy, rows: [Row]) {
    self.date = date
    self.policy = policy
    self.rows = rows
  }
}

extension BookView.ClientRow {
  /// What a listing shows of this row.
  public var listing: ClientListing {
    ClientListing(history, entry: entry, stage: stage.stage, churnRisk: churnRisk)
  }
}

extension BookListing where Row == ClientListing {
  /// The listing of an evaluated view: one row per client it shows, in its rank order.
  public init(_ view: BookView) {
    // Each row's strings and reasons are copied out of its history and entry: on every core.
    let rows = ParallelMap.map(view.rows, minimumPerCore: 256) { $0.listing }
    self.init(date: view.date, policy: view.policy, rows: rows)
  }
}

extension BookListing where Row == RiskListing {
  /// The risk listing of an evaluated view: every client assessed, loyal or not, prospects
  /// too (they name owners and segments; `kam risk` lists none), highest risk first, with
  /// its stake under `spend`.
  public init(_ view: BookView, spend: BookSpendModel) {
    // Positions, not copies: a row is a history, an entry and a stage to retain and release.
    let positions = Dictionary(
      view.rows.indices.map { (view.rows[$0].history.client, $0) },
      uniquingKeysWith: { first, _ in first })
    // Each client's stake is its own: on every core, in the assessments' order.
    let rows = ParallelMap.compactMap(view.risk.assessments, minimumPerCore: 64) {
      assessment -> RiskListing? in
      guard let position = positions[assessment.client] else { return nil }
      let row = view.rows[position]
      let stake = ClientStake(
        row.history, on: view.date, horizonDays: view.policy.riskHorizonDays,
        purchases: view.risk.purchaseModel, spend: spend,
        churn: assessment.churnProbability(policy: view.policy))
      return RiskListing(client: row.listing, assessment: assessment, stake: stake)
    }
    self.init(date: view.date, policy: view.policy, rows: rows)
  }
}
