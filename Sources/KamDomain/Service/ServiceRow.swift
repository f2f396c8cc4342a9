/// One client's service in a period against its value: a line of `kam service`.
public struct ServiceRow: Hashable, Sendable {
  /// The client.
  public var client: ClientSlug
  /// The account owner, or `AttentionReport.unassigned`.
  public var owner: String
  /// The stage on the period's last day.
  public var stage: Stage
  /// Pareto class on profit over the policy's window ending on the period's last day.
  public var paretoClass: ParetoClass
  /// Key-account reasons on the period's last day.
  public var keyAccountReasons: [KeyAccountReason]
  /// The tier whose usual effort the client is compared with.
  public var tier: ServiceTier
  /// Profit over the policy's window ending on the period's last day (after cost to serve).
  public var profit: Money
  /// Value at stake on the period's last day (`docs/risk.md`), where it was computed.
  public var valueAtStake: Money?
  /// Meetings held in the period.
  public var meetings: Int
  /// Their minutes (a meeting recorded without minutes adds none).
  public var minutes: Int64
  /// What the period's meetings cost: explicit costs, else minutes at the hourly rate.
  public var meetingCost: Money
  /// Complaint resolutions dated in the period: the complaint handling cost.
  public var complaintCost: Money
  /// Complaints filed in the period.
  public var complaints: Int
  /// Days since our last meeting on the period's last day, nil when never met by then.
  public var daysSinceContact: Int64?
  /// The client's usual days between meetings, when its own rhythm is known (three or
  /// more meeting days).
  public var usualContactGap: Double?
  /// The client's share of its owner's minutes in the period (0 when the owner logged none).
  public var effortShare: Double
  /// The client's share of its owner's positive profit (0 when the owner earned nothing).
  public var valueShare: Double
  /// The verdict.
  public var verdict: ServiceVerdict
  /// Why, in words and numbers.
  public var reason: String

  /// Cost to serve in the period: meetings and complaint handling.
  public var costToServe: Money { meetingCost + complaintCost }
  /// True for a key account.
  public var isKeyAccount: Bool { !keyAccountReasons.isEmpty }
}
