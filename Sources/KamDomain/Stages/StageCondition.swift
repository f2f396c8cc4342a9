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
    case profit(Money, window: Int)
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
    case .profit(let profit, let window):
      "profit \(profit) over \(window) days (> 0)"
    case .initiatives(let count):
      StageText.count(count, "joint initiative") + " running (≥ 1)"
    case .standing(let standing, let required):
      "\(standing.map { "standing \($0)" } ?? "no assessment") (≥ \(required))"
    }
  }
}

extension StageCondition {
  /// The conditions of `stage`, in the order an explanation lists them.
  ///
  /// Higher stages repeat the lower stages' kinds of condition with their own
  /// thresholds rather than implying them, so a custom policy whose
  /// partnership thresholds are below cooperation's still reads sensibly.
  static func all(for stage: Stage, _ m: StageMeasures, _ policy: Policy) -> [StageCondition] {
    switch stage {
    case .prospect, .lapsed:
      return []
    case .transactional:
      return [sales(m, policy, 1)]
    case .cooperation:
      return [
        sales(m, policy, policy.cooperationSales),
        meetings(m, policy, policy.cooperationMeetings), calm(m, policy),
      ]
    case .partnership:
      return [
        sales(m, policy, policy.partnershipSales), tenure(m, policy),
        meetings(m, policy, policy.partnershipMeetings), calm(m, policy), profit(m, policy),
      ]
    case .synergy:
      return all(for: .partnership, m, policy) + [initiatives(m), standing(m, policy)]
    }
  }

  /// True when every condition of `stage` holds: ``all(for:_:_:)`` without
  /// building the list, for the timeline's many checks. Both are made of the
  /// same condition builders, listed in the same order.
  static func allHold(for stage: Stage, _ m: StageMeasures, _ policy: Policy) -> Bool {
    switch stage {
    case .prospect, .lapsed:
      return true
    case .transactional:
      return sales(m, policy, 1).holds
    case .cooperation:
      return sales(m, policy, policy.cooperationSales).holds
        && meetings(m, policy, policy.cooperationMeetings).holds && calm(m, policy).holds
    case .partnership:
      return sales(m, policy, policy.partnershipSales).holds && tenure(m, policy).holds
        && meetings(m, policy, policy.partnershipMeetings).holds && calm(m, policy).holds
        && profit(m, policy).holds
    case .synergy:
      return allHold(for: .partnership, m, policy) && initiatives(m).holds
        && standing(m, policy).holds
    }
  }

  private static func tenure(_ m: StageMeasures, _ policy: Policy) -> StageCondition {
    let tenure = m.tenureDays ?? 0
    let required = Int64(policy.partnershipTenureDays)
    return StageCondition(
      holds: m.firstSale != nil && tenure >= required,
      reading: .tenure(tenure, required: required))
  }

  private static func profit(_ m: StageMeasures, _ policy: Policy) -> StageCondition {
    StageCondition(holds: m.profit > .zero, reading: .profit(m.profit, window: policy.windowDays))
  }

  private static func initiatives(_ m: StageMeasures) -> StageCondition {
    StageCondition(holds: m.activeInitiatives > 0, reading: .initiatives(m.activeInitiatives))
  }

  private static func standing(_ m: StageMeasures, _ policy: Policy) -> StageCondition {
    StageCondition(
      holds: (m.standing ?? Int.min) >= policy.synergyStanding,
      reading: .standing(m.standing, required: policy.synergyStanding))
  }

  private static func sales(_ m: StageMeasures, _ policy: Policy, _ required: Int)
    -> StageCondition
  {
    StageCondition(
      holds: m.salesInWindow >= required,
      reading: .sales(m.salesInWindow, window: policy.windowDays, required: required))
  }

  private static func meetings(_ m: StageMeasures, _ policy: Policy, _ required: Int)
    -> StageCondition
  {
    StageCondition(
      holds: m.meetingsInWindow >= required,
      reading: .meetings(m.meetingsInWindow, window: policy.windowDays, required: required))
  }

  private static func calm(_ m: StageMeasures, _ policy: Policy) -> StageCondition {
    StageCondition(
      holds: m.staleComplaints == 0,
      reading: .staleComplaints(m.staleComplaints, days: policy.staleComplaintDays))
  }
}
