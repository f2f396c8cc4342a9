public import KamTime

/// What a candidate policy would change on one day: the clients whose stage,
/// key-account reasons or number of stage transitions differ from the policy
/// in force. Nothing is recorded; `kam replay` shows it.
public struct PolicyComparison: Hashable, Sendable {
  /// One client's figures under both policies.
  public struct Difference: Hashable, Sendable {
    public var client: ClientSlug
    /// The stage under the policy in force, and under the candidate.
    public var stage: Stage
    public var candidateStage: Stage
    /// The key-account reasons under each.
    public var keyAccountReasons: [KeyAccountReason]
    public var candidateReasons: [KeyAccountReason]
    /// The stage transitions through the day under each.
    public var transitions: Int
    public var candidateTransitions: Int
  }

  /// The day compared.
  public let date: CalendarDate
  /// The clients whose figures differ, by slug.
  public let differences: [Difference]

  /// Compares `current` and `candidate` over the clients known by `date`.
  ///
  /// Key-account reasons depend on every client (Pareto classes, the class A
  /// cut-off), so each policy evaluates the whole portfolio.
  public init(
    _ histories: some Collection<ClientHistory>, on date: CalendarDate, current: Policy,
    candidate: Policy
  ) {
    let known = histories.filter { $0.isKnown(by: date) }
    let now = Portfolio(known, on: date, policy: current)
    let then = Portfolio(known, on: date, policy: candidate)
    self.date = date
    self.differences = known.sorted { $0.client < $1.client }.compactMap { history in
      let difference = Difference(
        client: history.client,
        stage: StageRules.evaluate(history, on: date, policy: current).stage,
        candidateStage: StageRules.evaluate(history, on: date, policy: candidate).stage,
        keyAccountReasons: now.entry(for: history.client)?.keyAccountReasons ?? [],
        candidateReasons: then.entry(for: history.client)?.keyAccountReasons ?? [],
        transitions: StageTimeline(history, through: date, policy: current).transitions.count,
        candidateTransitions: StageTimeline(history, through: date, policy: candidate)
          .transitions.count)
      return difference.differs ? difference : nil
    }
  }
}

extension PolicyComparison.Difference {
  /// True when the candidate changes the stage, the reasons or the transitions.
  public var differs: Bool {
    stage != candidateStage || keyAccountReasons != candidateReasons
      || transitions != candidateTransitions
  }
}
