/// The rule that decided a client's stage; its raw value names it in
/// explanations and in the timeline's transition causes.
public enum StageRule: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// No sale yet.
  case prospect
  /// Sales before, none in the window.
  case lapsed
  /// A sale in the window and no higher rule holds.
  case transactional
  /// Transactional with a single, high-margin sale bought without haggling.
  case goldenShot = "golden-shot"
  /// Enough sales and meetings in the window.
  case cooperation
  /// Many sales and meetings, long tenure, profitable.
  case partnership
  /// Partnership with a running joint initiative and a high standing.
  case synergy

  /// The stage this rule yields.
  public var stage: Stage {
    switch self {
    case .prospect: .prospect
    case .lapsed: .lapsed
    case .transactional, .goldenShot: .transactional
    case .cooperation: .cooperation
    case .partnership: .partnership
    case .synergy: .synergy
    }
  }

  /// The rule as `policy` sets it, with its thresholds, for `kam explain`.
  public func definition(_ policy: Policy) -> String {
    let window = "in the last \(policy.windowDays) days"
    switch self {
    case .prospect:
      return "prospect: no sale yet"
    case .lapsed:
      return "lapsed: sales before, none \(window)"
    case .transactional:
      return "transactional: a sale \(window), no higher rule holds"
    case .goldenShot:
      return "golden shot: transactional with a single sale, margin ≥ "
        + StageText.percent(policy.goldenShotMargin)
        + ", no price negotiation in the \(policy.goldenShotQuietDays) days before it"
    case .cooperation:
      return "cooperation: ≥ \(policy.cooperationSales) sales and ≥ "
        + "\(policy.cooperationMeetings) meetings \(window)"
    case .partnership:
      return "partnership: ≥ \(policy.partnershipSales) sales and ≥ "
        + "\(policy.partnershipMeetings) meetings \(window), first sale ≥ "
        + "\(policy.partnershipTenureDays) days before, profit over the window > 0 (kept while "
        + "≥ −\(StageText.percent(policy.profitToleranceShare)) of its revenue)"
    case .synergy:
      return "synergy: partnership, a joint initiative running, latest standing ≥ "
        + "\(policy.synergyStanding)"
    }
  }

  /// The raw value.
  public var description: String { rawValue }
}
