import KamDomain
import KamTime
import Testing

@Suite("Stage timeline against brute force")
struct StageTimelineBruteForceTests {
  /// The transitions found by evaluating every single day from the first.
  static func bruteForce(_ random: RandomHistory) -> [String] {
    let today = Given.day(random.today)
    guard let start = StageTimeline.firstDay(of: random.given.history), start <= today else {
      return []
    }
    var result: [String] = []
    var previous: Stage?
    var day = start
    while day <= today {
      let stage = StageRules.evaluate(random.given.history, on: day, policy: random.policy).stage
      if stage != previous { result.append("\(previous.map(\.rawValue) ?? "-")→\(stage)@\(day)") }
      previous = stage
      day = day.adding(days: 1)
    }
    return result
  }

  @Test("given random histories, when drawn, then critical days find every daily transition")
  func matchesBruteForce() {
    for seed in UInt64(1)...400 {
      let random = RandomHistory(seed: seed)
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
          #expect(random.given.days[seq] == transition.on, "seed \(seed)")
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
        let evaluation = StageRules.evaluate(random.given.history, on: day, policy: random.policy)
        let (stage, goldenShot) = NaiveStageRules.stage(
          random.given.history, on: day, policy: random.policy)
        #expect(evaluation.stage == stage, "seed \(seed) on \(day)")
        #expect(evaluation.goldenShot == goldenShot, "seed \(seed) on \(day)")
      }
    }
  }
}
