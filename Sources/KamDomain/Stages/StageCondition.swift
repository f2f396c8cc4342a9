/// One condition of a stage rule, checked against a client's measures.
///
/// The text is written only when asked for: a stage timeline checks the
/// conditions on every critical day of every client, and explains a few.
struct StageCondition: Hashable, Sendable {
  /// What the condition compares, with the client's figure and the threshold.
  enum Reading: Hashable, Sendable {
    case sales(Int, window: Int, required: Int)
    case meetings(Int, window: Int, required: Int)
    case staleComplaints(Int, days: Int)
    case tenure(Int64, required: Int64)
    case profit(Money, window: Int, floor: Money?)
    case initiatives(Int)
    case standing(Int?, required: Int)
  }

  /// Whether it holds.
  var holds: Bool
  /// What it compares.
  var reading: Reading

  /// The condition with the client's figure and the threshold: `3 sales in 365 days (≥ 6)`.
  var text: String {
    switch reading {
    case .sales(let count, let window, let required):
      StageText.count(count, "sale") + " in \(window) days (≥ \(required))"
    case .meetings(let count, let window, let required):
      StageText.count(count, "meeting") + " in \(window) days (≥ \(required))"
    case .staleComplaints(let count, let days):
      count == 0
        ? "no complaint open over \(days) days"
        : StageText.count(count, "complaint") + " open over \(days) days"
    case .tenure(let days, let required):
      "first sale \(days) days before (≥ \(required))"
    case .profit(let profit, let window, let floor):
      "profit \(profit) over \(window) days "
        + (floor.map { "(≥ \($0) to keep the stage)" } ?? "(> 0)")
    case .initiatives(let count):
      StageText.count(count, "joint initiative") + " running (≥ 1)"
    case .standing(let standing, let required):
      "\(standing.map { "standing \($0)" } ?? "no assessment") (≥ \(required))"
    }
  }
}

extension StageCondition {
  /// The conditions of `stage`'s evidence, in the order an explanation lists
  /// them; `keeping` reads the partnership profit at its exit threshold.
  ///
  /// Higher stages repeat the lower stages' kinds of condition with their own
  /// thresholds rather than implying them, so a custom policy whose
  /// partnership thresholds are below cooperation's still reads sensibly.
  /// Stale complaints are not among them: they lower the held stage one step
  /// instead (`docs/stages.md`).
  static func all(
    for stage: Stage, _ m: StageMeasures, _ policy: Policy, keeping: Bool = false
  ) -> [StageCondition] {
    switch stage {
    case .prospect, .lapsed:
      return []
    case .transactional:
      return [anySale(m, policy)]
    case .cooperation:
      return [
        sales(m, policy, policy.cooperationSales, keeping),
        meetings(m, policy, policy.cooperationMeetings, keeping),
      ]
    case .partnership:
      return [
        sales(m, policy, policy.partnershipSales, keeping), tenure(m, policy),
        meetings(m, policy, policy.partnershipMeetings, keeping),
        profit(m, policy, keeping: keeping),
      ]
    case .synergy:
      return all(for: .partnership, m, policy, keeping: keeping) + [
        initiatives(m), standing(m, policy),
      ]
    }
  }

  /// True when every condition of `stage` holds: ``all(for:_:_:keeping:)``
  /// without building the list, for the timeline's many checks. Both are made
  /// of the same condition builders, listed in the same order.
  static func allHold(
    for stage: Stage, _ m: StageMeasures, _ policy: Policy, keeping: Bool = false
  ) -> Bool {
    switch stage {
    case .prospect, .lapsed:
      return true
    case .transactional:
      return anySale(m, policy).holds
    case .cooperation:
      return sales(m, policy, policy.cooperationSales, keeping).holds
        && meetings(m, policy, policy.cooperationMeetings, keeping).holds
    case .partnership:
      return sales(m, policy, policy.partnershipSales, keeping).holds && tenure(m, policy).holds
        && meetings(m, policy, policy.partnershipMeetings, keeping).holds
        && profit(m, policy, keeping: keeping).holds
    case .synergy:
      return allHold(for: .partnership, m, policy, keeping: keeping) && initiatives(m).holds
        && standing(m, policy).holds
    }
  }

  /// The profit a held partnership may fall to and still be kept:
  /// −`profitToleranceShare` × the window's revenue (zero when revenue is not positive).
  static func profitFloor(_ m: StageMeasures, _ policy: Policy) -> Money {
    guard m.revenue > .zero else { return .zero }
    let scaled = (Double(m.revenue.minorUnits) * policy.profitToleranceShare).rounded(.down)
    return Money(minorUnits: -Int64(min(scaled, 9e18)))
  }

  private static func tenure(_ m: StageMeasures, _ policy: Policy) -> StageCondition {
    let tenure = m.tenureDays ?? 0
    let required = Int64(policy.partnershipTenureDays)
    return StageCondition(
      holds: m.firstSale != nil && tenure >= required,
      reading: .tenure(tenure, required: required))
  }

  private static func profit(_ m: StageMeasures, _ policy: Policy, keeping: Bool)
    -> StageCondition
  {
    guard keeping else {
      return StageCondition(
        holds: m.profit > .zero, reading: .profit(m.profit, window: policy.windowDays, floor: nil))
    }
    let floor = profitFloor(m, policy)
    return StageCondition(
      holds: m.profit >= floor, reading: .profit(m.profit, window: policy.windowDays, floor: floor))
  }

  private static func initiatives(_ m: StageMeasures) -> StageCondition {
    StageCondition(holds: m.activeInitiatives > 0, reading: .initiatives(m.activeInitiatives))
  }

  private static func standing(_ m: StageMeasures, _ policy: Policy) -> StageCondition {
    StageCondition(
      holds: (m.standing ?? Int.min) >= policy.synergyStanding,
      reading: .standing(m.standing, required: policy.synergyStanding))
  }

  /// A count threshold to keep a stage: `keepSlack` below the one to enter
  /// it, never below one (nor above the entry threshold).
  static func keepThreshold(_ required: Int, _ policy: Policy) -> Int {
    max(min(required, 1), required - policy.keepSlack)
  }

  private static func sales(
    _ m: StageMeasures, _ policy: Policy, _ entry: Int, _ keeping: Bool
  ) -> StageCondition {
    let required = keeping ? keepThreshold(entry, policy) : entry
    return StageCondition(
      holds: m.salesInWindow >= required,
      reading: .sales(m.salesInWindow, window: policy.windowDays, required: required))
  }

  /// Transactional needs a sale in the window, however small.
  private static func anySale(_ m: StageMeasures, _ policy: Policy) -> StageCondition {
    StageCondition(
      holds: m.salesAnyInWindow >= 1,
      reading: .sales(m.salesAnyInWindow, window: policy.windowDays, required: 1))
  }

  private static func meetings(
    _ m: StageMeasures, _ policy: Policy, _ entry: Int, _ keeping: Bool
  ) -> StageCondition {
    let required = keeping ? keepThreshold(entry, policy) : entry
    return StageCondition(
      holds: m.meetingsInWindow >= required,
      reading: .meetings(m.meetingsInWindow, window: policy.windowDays, required: required))
  }
}
