/// The scoring policy: every threshold and weight the projections use.
///
/// One versioned, flat JSON document (see `docs/policy.md`). The default ships
/// with kam; `kam policy set FILE` records a new one as an event, so the
/// policy in force at any past instant is known.
public struct Policy: Hashable, Sendable {
  /// The policy's version: 1 for the default, then one more per change.
  public var version: Int = 1

  // MARK: Value

  /// The trailing window for value and stage rules, in days.
  public var windowDays: Int = 365
  /// Cost to serve of a meeting hour when a meeting has no explicit cost, in minor units.
  public var hourlyRateMinor: Int64 = 20_000
  /// Pareto class A: the smallest set of top clients reaching this share of positive profit.
  public var paretoA: Double = 0.80
  /// Pareto class B: the next clients up to this cumulative share.
  public var paretoB: Double = 0.95
  /// A prospect with at least this win probability is a likely win.
  public var likelyWinProbability: Double = 0.7
  /// Attractiveness and standing at or above this are "high" in the portfolio matrix.
  public var matrixThreshold: Int = 50
  /// Quadrant label: high attractiveness, high standing.
  public var labelHighHigh = "key"
  /// Quadrant label: high attractiveness, low standing.
  public var labelHighLow = "develop"
  /// Quadrant label: low attractiveness, high standing.
  public var labelLowHigh = "maintain"
  /// Quadrant label: low attractiveness, low standing.
  public var labelLowLow = "minimal"

  // MARK: Stages

  /// Partnership: at least this many sales in the window.
  public var partnershipSales: Int = 6
  /// Partnership: first sale at least this many days before.
  public var partnershipTenureDays: Int = 180
  /// Partnership: at least this many meetings in the window.
  public var partnershipMeetings: Int = 2
  /// Cooperation: at least this many sales in the window.
  public var cooperationSales: Int = 2
  /// Cooperation: at least this many meetings in the window.
  public var cooperationMeetings: Int = 1
  /// A complaint unresolved for more than this many days blocks cooperation and partnership.
  public var staleComplaintDays: Int = 30
  /// Synergy: our latest standing in the client's eyes is at least this.
  public var synergyStanding: Int = 70
  /// Golden shot: margin of the single sale at least this share.
  public var goldenShotMargin: Double = 0.30
  /// Golden shot: no price negotiation within this many days before the sale.
  public var goldenShotQuietDays: Int = 30
  /// Days a stage is held after its evidence fails before the client is
  /// demoted: a demotion is dated this many days after the first day without
  /// the evidence, and evidence returning within them cancels it.
  public var demotionGraceDays: Int = 60
  /// Partnership is kept (not entered) while profit over the window is at
  /// least minus this share of the window's revenue: entered above zero.
  public var profitToleranceShare: Double = 0.05
  /// A stage is kept (not entered) with this many fewer sales and meetings in
  /// the window than it takes to enter it, never fewer than one.
  public var keepSlack: Int = 1
  /// A sale counts towards the sales thresholds only from this amount, in
  /// minor units (a sale of zero, a free delivery, never counts).
  public var minimumSaleMinor: Int64 = 1
  /// A sale counts towards the sales thresholds only from this share of the
  /// median of the client's sales before it.
  public var minimumSaleShare: Double = 0.1

  // MARK: Risk

  /// Loyal: first sale at least this many days ago (and cooperation or above, or class A).
  public var loyalTenureDays: Int = 365
  /// Acquisition: a prospect, or a client in its first this many days.
  public var acquisitionDays: Int = 180
  /// Risk band "high" from this risk up.
  public var riskHigh: Double = 0.6
  /// Risk band "medium" from this risk up.
  public var riskMedium: Double = 0.3
  /// Churn risk: the horizon in days; the risk is the chance of no purchase within it.
  public var riskHorizonDays: Int = 180
  /// Weight of 1 − P(alive): the share of it taken as a cause of not buying (1: all of it).
  public var weightPAlive: Double = 1
  /// Weight of the contact gap: the chance that a full score alone stops a client buying.
  public var weightContactGap: Double = 0.25
  /// Weight of P(no purchase within the horizon | alive), the purchase-gap signal.
  public var weightPurchaseGap: Double = 1
  /// Weight of open and stale complaints, as a chance at a full score.
  public var weightComplaints: Double = 0.10
  /// Weight of discount pressure, as a chance at a full score.
  public var weightDiscounts: Double = 0.05
  /// Weight of the owner's attention shift to acquisition, as a chance at a full score.
  public var weightAttentionShift: Double = 0.10
  /// Default days between contacts, when a client has too little history.
  public var defaultContactCadenceDays: Int = 60
  /// Attention shift: the owner's acquisition share of meetings rose by at least this.
  public var attentionShiftRise: Double = 0.04
  /// Attention shift: the client's gap since our last meeting must exceed its usual gap
  /// this many times.
  public var attentionGapFactor: Double = 1.3
  /// Attention shift: the length of the two trailing periods compared, in days.
  public var attentionWindowDays: Int = 90
  /// Discount pressure: granted discounts and lost negotiations within this many days.
  public var discountWindowDays: Int = 180

  // MARK: Service

  /// Over-served: a client outside the key accounts whose share of its owner's meeting
  /// minutes is at least this many times its share of the owner's profit, while met at
  /// least as often as key accounts usually are (1 to 100).
  public var serviceOverFactor: Double = 4
  /// Over-served, met like a key account: met at least this share of the meetings key
  /// accounts usually get in the period.
  public var serviceKeyLikeShare: Double = 1
  /// Under-served: a key or class B client met fewer times than this share of its tier's
  /// usual number of meetings in the period.
  public var serviceUnderShare: Double = 0.5
  /// Under-served: a key or class B client whose days since our last meeting, at the
  /// period's end, exceed its own usual gap between meetings this many times (1 to 100).
  public var serviceGapFactor: Double = 2

  /// The default policy.
  public init() {}
}
