public import KamTime

/// A client's stages from its first known day through `today`: every change,
/// dated on the day it happens, whether an event or passing time caused it.
///
/// Computed from the whole history each time, so a backdated event or a
/// retraction reads as if the history had always been that way. Only the
/// critical days, where a fact arrives or time moves a rule's input, are
/// evaluated, not every day (see `docs/stages.md`).
public struct StageTimeline: Hashable, Sendable {
  /// The client.
  public var client: ClientSlug
  /// The last day covered.
  public var today: CalendarDate
  /// The version of the policy the stages were evaluated under.
  public var policyVersion: Int
  /// The changes in date order; the first has `from == nil`. Empty when the
  /// client is not known on or before `today`.
  public var transitions: [StageTransition]
  /// The days a golden shot's flag cleared while the client stayed
  /// transactional (its second sale), with rule `golden-shot-cleared`; the
  /// flag is set by a transition of rule `golden-shot`.
  public var goldenShotCleared: [StageTransition] = []

  /// The timeline of `history` through `today` under `policy`.
  public init(_ history: borrowing ClientHistory, through today: CalendarDate, policy: Policy) {
    self.client = history.client
    self.today = today
    self.policyVersion = policy.version
    let facts = StageFacts(history, policy: policy)
    let fold = StageFold(facts, facts.criticalDays(policy: policy), through: today, policy: policy)
    self.transitions = fold.transitions
    self.goldenShotCleared = fold.goldenShotCleared
  }

  /// A timeline over facts and critical days already extracted.
  init(
    _ client: ClientSlug, _ facts: StageFacts, _ critical: [CalendarDate: StageDay],
    through today: CalendarDate, policy: Policy
  ) {
    self.client = client
    self.today = today
    self.policyVersion = policy.version
    let fold = StageFold(facts, critical, through: today, policy: policy)
    self.transitions = fold.transitions
    self.goldenShotCleared = fold.goldenShotCleared
  }

  /// The first day of a timeline: the registration or the earliest fact that counts.
  public static func firstDay(of history: ClientHistory) -> CalendarDate? {
    history.firstDay
  }

  /// The stage now (on `today`), if the client is known.
  public var current: Stage? { transitions.last?.to }

  /// The stage on `date`, or nil before the first day or after `today`.
  public func stage(on date: CalendarDate) -> Stage? {
    guard date <= today else { return nil }
    return transitions.last { $0.on <= date }?.to
  }
}
