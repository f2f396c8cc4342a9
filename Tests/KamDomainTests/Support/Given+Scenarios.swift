import KamDomain
import KamTime

extension Given {
  /// A partner on day 200: registered on day 0, six sales 40 days apart from
  /// day 0 to day 200 (400.00 margin each), meetings on days 100 and 150.
  static func partner() -> Given {
    var given = Given()
    given.registered(on: 0)
    given.sales(on: [0, 40, 80, 120, 160, 200])
    given.meeting(on: 100)
    given.meeting(on: 150)
    return given
  }

  /// The default policy without a demotion grace: a stage falls on the day
  /// its evidence fails, for tests of the rules' conditions.
  static let noGrace: Policy = {
    var policy = Policy()
    policy.demotionGraceDays = 0
    return policy
  }()

  /// The evaluation on day `day` under `policy`.
  func evaluate(on day: Int, policy: Policy = Policy()) -> StageEvaluation {
    StageRules.evaluate(history, on: Given.day(day), policy: policy)
  }

  /// The stage on day `day` under `policy`.
  func stage(on day: Int, policy: Policy = Policy()) -> Stage {
    evaluate(on: day, policy: policy).stage
  }

  /// The timeline through day `today` under `policy`.
  func timeline(through today: Int, policy: Policy = Policy()) -> StageTimeline {
    StageTimeline(history, through: Given.day(today), policy: policy)
  }
}

/// A transition as tests write it: stage, day number, rule and cause.
struct Step: Equatable, CustomStringConvertible {
  var to: Stage
  var day: Int
  var rule: String
  var cause: Int64?

  init(_ to: Stage, _ day: Int, _ rule: String, _ cause: Int64? = nil) {
    self.to = to
    self.day = day
    self.rule = rule
    self.cause = cause
  }

  var description: String { "\(to)@\(day) \(rule) \(cause.map(String.init) ?? "-")" }
}

extension StageTimeline {
  /// The transitions as steps, days counted from ``Given/origin``.
  var steps: [Step] {
    transitions.map {
      Step($0.to, Int(Given.origin.days(to: $0.on)), $0.rule, $0.causeSeq)
    }
  }
}
