public import KamTime

/// What one day's facts alone support, before the stage is held: the raw
/// evaluation that ``StageTimeline`` folds into the held stage.
///
/// The held stage on a day is a pure function of these over the days up to
/// it (see `docs/stages.md`): it rises to ``entry`` at once, stays while
/// ``keep`` reached it within the last `demotionGraceDays` days, lapses at
/// once, and a stale complaint lowers it one step.
public struct StageEvidence: Hashable, Sendable {
  /// The day evaluated.
  public var date: CalendarDate
  /// The highest rule whose entry conditions hold, stale complaints aside.
  public var entry: StageRule
  /// The highest stage whose keep conditions hold (the partnership profit at
  /// its exit threshold), stale complaints aside; never below the entry's.
  public var keep: Stage
  /// Complaints open over `complaintDemotionDays` on the day.
  public var staleComplaints: Int

  /// Creates evidence.
  public init(date: CalendarDate, entry: StageRule, keep: Stage, staleComplaints: Int) {
    self.date = date
    self.entry = entry
    self.keep = keep
    self.staleComplaints = staleComplaints
  }
}

extension Stage {
  /// The stage a stale complaint lowers a held stage to: one step down from
  /// synergy or partnership, whose mark is trust; cooperation and below stay
  /// (a complaint never makes a transactional relationship of one).
  public var oneStepDown: Stage {
    switch self {
    case .synergy: .partnership
    case .partnership: .cooperation
    case .cooperation, .transactional, .prospect, .lapsed: self
    }
  }

  /// The plain rule naming this stage (transactional for transactional).
  var plainRule: StageRule {
    switch self {
    case .prospect: .prospect
    case .lapsed: .lapsed
    case .transactional: .transactional
    case .cooperation: .cooperation
    case .partnership: .partnership
    case .synergy: .synergy
    }
  }
}
