import KamTime

/// The held stage, folded over a client's evidence from its first day: the
/// stage rises on entry evidence at once, is kept while its keep evidence was
/// met within the last `demotionGraceDays` days, lapses at once, and is
/// lowered one step while a complaint is stale.
///
/// Day by day, with *E* the entry evidence, *K* the keep evidence and *G* the
/// grace: `held(d) = lapsed` when *E(d)* is lapsed, else
/// `max(E(d), min(held(d − 1), max K over [d − G, d]))`; the stage is
/// `held(d)` one step down while a complaint is stale. Evidence is constant
/// between critical days and the maximum over the grace can only fall on a
/// day *K* fell plus *G*, so those days are the only ones evaluated.
struct StageFold {
  /// Where the fold stands on its last day.
  struct State: Hashable, Sendable {
    /// The stage: the held stage, one step down while a complaint is stale.
    var stage: Stage
    /// The held stage, stale complaints aside.
    var held: Stage
    /// The day's entry evidence.
    var entry: StageRule
    /// The day's keep evidence.
    var keep: Stage
    /// Complaints stale on the day.
    var staleComplaints: Int
    /// The last day the keep evidence reached the held stage (the day itself
    /// when it still does).
    var lastKept: CalendarDate
  }

  /// The changes of stage in date order; the first has `from == nil`.
  var transitions: [StageTransition] = []
  /// The state on the last day, nil when the client is not known by then.
  var state: State?
  /// The days a golden shot stopped being one while the client stayed
  /// transactional (its second sale), as transactional → transactional.
  var goldenShotCleared: [StageTransition] = []

  /// The fold from the client's first day, or from `from` (a day
  /// ``restartDay(_:_:through:policy:)`` found) when only the state on
  /// `today` is wanted.
  init(
    _ facts: StageFacts, _ critical: [CalendarDate: StageDay], through today: CalendarDate,
    policy: Policy, from: CalendarDate? = nil
  ) {
    guard let firstDay = facts.firstDay, firstDay <= today else { return }
    let start = max(firstDay, from ?? firstDay)
    let grace = Int64(policy.demotionGraceDays)
    let days = critical.keys.filter { $0 > start && $0 <= today }.sorted()
    var m = facts.measures(on: start, policy: policy)
    var entry = StageRules.entry(for: m, policy: policy)
    var keep = StageRules.keep(for: m, policy: policy)
    var held = entry.stage
    var stage = m.staleComplaints > 0 ? held.oneStepDown : held
    let first = stage == entry.stage ? entry : stage.plainRule
    transitions.append(
      StageTransition(
        from: nil, to: stage, on: start, rule: first.rawValue,
        causeSeq: critical[start]?.latestEventSeq, policyVersion: policy.version))
    // Each day the keep evidence changed, with its new value.
    var keeps: [(day: CalendarDate, keep: Stage)] = [(start, keep)]
    var golden = first == .goldenShot
    // The days a grace ends (a fall of the keep evidence + G), in order, and
    // why the evidence fell.
    var graceEnds: [(day: CalendarDate, cause: (trigger: TimeTrigger?, seq: Int64?))] = []
    var nextGrace = 0
    var nextDay = 0
    while nextDay < days.count || nextGrace < graceEnds.count {
      let criticalDay = nextDay < days.count ? days[nextDay] : nil
      let graceDay = nextGrace < graceEnds.count ? graceEnds[nextGrace].day : nil
      let day = min(criticalDay ?? graceDay!, graceDay ?? criticalDay!)
      if criticalDay == day { nextDay += 1 }
      var graceCause: (trigger: TimeTrigger?, seq: Int64?)?
      if graceDay == day {
        graceCause = graceEnds[nextGrace].cause
        nextGrace += 1
      }
      var marks = StageDay()
      let previousStale = m.staleComplaints
      let previousEntry = entry
      if let dayMarks = critical[day] {
        marks = dayMarks
        m = facts.measures(on: day, policy: policy)
        entry = StageRules.entry(for: m, policy: policy)
        let newKeep = StageRules.keep(for: m, policy: policy, entered: entry.stage)
        if newKeep != keep {
          if newKeep.rank < keep.rank {
            let timeAlone = StageRules.keep(
              for: facts.measures(on: day, known: day.adding(days: -1), policy: policy),
              policy: policy)
            let cause = Self.cause(from: keep, to: newKeep, marks, timeAlone: timeAlone) {
              StageRules.keep(
                for: facts.without($0).measures(on: day, policy: policy), policy: policy)
            }
            let end = day.adding(days: grace)
            if grace == 0 {
              graceCause = cause
            } else if end <= today {
              graceEnds.append((end, cause))
            }
          }
          keeps.append((day, newKeep))
          keep = newKeep
        }
      }
      let best = Self.bestKeep(keeps, from: day.adding(days: -grace))
      let previousHeld = held
      held =
        entry.stage == .lapsed
        ? .lapsed : Self.higher(entry.stage, Self.lower(held, best))
      let newStage = m.staleComplaints > 0 ? held.oneStepDown : held
      let nowGolden = newStage == .transactional && entry == .goldenShot
      if golden && !nowGolden && stage == .transactional && newStage == .transactional {
        goldenShotCleared.append(
          StageTransition(
            from: .transactional, to: .transactional, on: day, rule: "golden-shot-cleared",
            causeSeq: marks.latestEventSeq, policyVersion: policy.version))
      }
      golden = nowGolden
      guard newStage != stage else { continue }
      let ruleName = newStage == entry.stage ? entry : newStage.plainRule
      var cause: (trigger: TimeTrigger?, seq: Int64?)
      if newStage.rank > stage.rank {
        if held.rank > previousHeld.rank {
          let timeAlone = StageRules.entry(
            for: facts.measures(on: day, known: day.adding(days: -1), policy: policy),
            policy: policy
          ).stage
          cause = Self.cause(
            from: previousEntry.stage, to: entry.stage, marks, timeAlone: timeAlone
          ) {
            StageRules.entry(
              for: facts.without($0).measures(on: day, policy: policy), policy: policy
            )
            .stage
          }
        } else {
          // The stale complaint was resolved (or its filing retracted away).
          cause = marks.latestEventSeq.map { (nil, $0) } ?? (.complaintStale, nil)
        }
      } else if m.staleComplaints > 0 && previousStale == 0 {
        cause = (.complaintStale, nil)
      } else if held == .lapsed {
        cause = (.saleLeftWindow, nil)
      } else if let graceCause {
        cause = graceCause
      } else {
        cause = Self.cause(from: stage, to: newStage, marks, timeAlone: newStage) { _ in newStage }
      }
      transitions.append(
        StageTransition(
          from: stage, to: newStage, on: day,
          rule: cause.trigger?.rawValue ?? ruleName.rawValue, causeSeq: cause.seq,
          policyVersion: policy.version))
      stage = newStage
    }
    let lastKept: CalendarDate
    if keep.rank >= held.rank {
      lastKept = today
    } else if let index = keeps.lastIndex(where: { $0.keep.rank >= held.rank }),
      index + 1 < keeps.count
    {
      lastKept = keeps[index + 1].day.adding(days: -1)
    } else {
      lastKept = start
    }
    state = State(
      stage: stage, held: held, entry: entry, keep: keep, staleComplaints: m.staleComplaints,
      lastKept: lastKept)
  }
}

extension StageFold {
  /// The highest keep evidence over `[from, …]`: the changes on or after
  /// `from` and the one in force on it.
  static func bestKeep(_ keeps: [(day: CalendarDate, keep: Stage)], from: CalendarDate) -> Stage {
    var best = keeps[keeps.count - 1].keep
    var index = keeps.count - 1
    while index >= 0 {
      best = higher(best, keeps[index].keep)
      if keeps[index].day <= from { break }
      index -= 1
    }
    return best
  }

  static func higher(_ a: Stage, _ b: Stage) -> Stage { a.rank >= b.rank ? a : b }
  static func lower(_ a: Stage, _ b: Stage) -> Stage { a.rank <= b.rank ? a : b }
}
