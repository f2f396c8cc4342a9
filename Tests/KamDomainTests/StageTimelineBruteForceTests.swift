import KamDomain
import KamTime
import Testing

@Suite("Stage timeline against brute force")
struct StageTimelineBruteForceTests {
  /// The transitions found by evaluating the evidence of every single day
  /// from the first and holding it as `docs/stages.md` defines, day by day:
  /// `held(d) = lapsed` when the entry evidence is lapsed, else
  /// `max(entry(d), min(held(d − 1), max keep over [d − G, d]))`, one step
  /// down while a complaint is stale.
  static func bruteForce(_ random: RandomHistory) -> [String] {
    let today = Given.day(random.today)
    guard let start = StageTimeline.firstDay(of: random.given.history), start <= today else {
      return []
    }
    let grace = random.policy.demotionGraceDays
    var result: [String] = []
    var keeps: [Stage] = []
    var held: Stage?
    var previous: Stage?
    var day = start
    while day <= today {
      let evidence = StageRules.evidence(random.given.history, on: day, policy: random.policy)
      keeps.append(evidence.keep)
      let best = keeps.suffix(grace + 1).max { $0.rank < $1.rank }!
      if evidence.entry.stage == .lapsed {
        held = .lapsed
      } else if let before = held {
        let kept = before.rank <= best.rank ? before : best
        held = kept.rank >= evidence.entry.stage.rank ? kept : evidence.entry.stage
      } else {
        held = evidence.entry.stage
      }
      let stage = evidence.staleComplaints > 0 ? held!.oneStepDown : held!
      if stage != previous { result.append("\(previous.map(\.rawValue) ?? "-")→\(stage)@\(day)") }
      if start.days(to: day) % 5 == 0 {
        #expect(
          StageRules.evaluate(random.given.history, on: day, policy: random.policy).stage == stage,
          "on \(day)")
      }
      previous = stage
      day = day.adding(days: 1)
    }
    return result
  }

  @Test("given random histories, when drawn, then critical days find every daily transition")
  func matchesBruteForce() {
    for seed in UInt64(1)...400 {
      var random = RandomHistory(seed: seed)
      // Grace periods short and long against the histories' short windows.
      random.policy.demotionGraceDays = [0, 1, 7, 45][Int(seed % 4)]
      random.policy.profitToleranceShare = [0, 0.05, 0.5][Int(seed % 3)]
      random.policy.keepSlack = [0, 1, 2][Int(seed / 4 % 3)]
      let timeline = random.given.timeline(through: random.today, policy: random.policy)
      let fast = timeline.transitions.map {
        "\($0.from.map(\.rawValue) ?? "-")→\($0.to)@\($0.on)"
      }
      #expect(fast == Self.bruteForce(random), "seed \(seed)")
    }
  }

  @Test("given random histories, when drawn, then every cause is of the right kind and day")
  func causesAreConsistent() {
    let triggers = Set(TimeTrigger.allCases.map(\.rawValue))
    for seed in UInt64(1)...400 {
      let random = RandomHistory(seed: seed)
      let timeline = random.given.timeline(through: random.today, policy: random.policy)
      for transition in timeline.transitions.dropFirst() {
        if let seq = transition.causeSeq {
          // A demotion is dated when the grace ends, caused on the day the evidence failed.
          let graceEnded =
            transition.to.rank < (transition.from?.rank ?? 0)
            ? transition.on.adding(days: -Int64(random.policy.demotionGraceDays)) : transition.on
          #expect(random.given.days[seq] == graceEnded, "seed \(seed)")
          #expect(StageRule(rawValue: transition.rule)?.stage == transition.to, "seed \(seed)")
        } else {
          #expect(triggers.contains(transition.rule), "seed \(seed): \(transition.rule)")
        }
      }
      for (earlier, later) in zip(timeline.transitions, timeline.transitions.dropFirst()) {
        #expect(later.from == earlier.to && later.on > earlier.on, "seed \(seed)")
      }
    }
  }

  @Test("given random histories, when evaluated on random days, then the naive rules agree")
  func matchesNaiveRules() {
    var rng = SplitMix64(seed: 7)
    for seed in UInt64(1)...400 {
      let random = RandomHistory(seed: seed)
      for _ in 0..<40 {
        let day = Given.day(Int.random(in: -30...1000, using: &rng))
        let evidence = StageRules.evidence(random.given.history, on: day, policy: random.policy)
        let naive = NaiveStageRules.evidence(random.given.history, on: day, policy: random.policy)
        #expect(evidence.entry.stage == naive.stage, "seed \(seed) on \(day)")
        #expect((evidence.entry == .goldenShot) == naive.goldenShot, "seed \(seed) on \(day)")
        #expect(evidence.keep == naive.keep, "seed \(seed) on \(day)")
        #expect((evidence.staleComplaints > 0) == naive.stale, "seed \(seed) on \(day)")
      }
    }
  }
}
