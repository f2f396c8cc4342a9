public import KamDomain
public import KamPurchaseModel
public import KamTime

/// How well the attention-shift signal finds the loyal clients a simulated owner let slide
/// during an acquisition push: recall and precision against the truth's `neglected` lines.
///
/// For each `focus` line of the truth that ended within the book, the book is assessed on
/// the push's last day. Among the owner's loyal clients then, a client is **flagged** when
/// its attention-shift reading holds (a positive score) and **neglected** when a
/// `neglected` line of the truth covers that day.
public struct NeglectDetection: Hashable, Sendable {
  /// One push: its owner and day, and the counts on that day.
  public struct Push: Hashable, Sendable {
    /// The owner.
    public var owner: String
    /// The day assessed: the push's last day.
    public var date: CalendarDate
    /// Loyal clients of the owner on that day.
    public var loyal: Int
    /// Of them, neglected according to the truth.
    public var neglected: Int
    /// Of them, flagged by the attention shift.
    public var flagged: Int
    /// Flagged and neglected.
    public var hits: Int
    /// The rise of the owner's acquisition share read that day, if known.
    public var ownerRise: Double? = nil
    /// For gaps beyond 1, 1.5 and 2 times the usual gap: how many neglected clients, and
    /// how many others, had one.
    public var beyondRhythm: [GapCount] = [1, 1.5, 2].map { GapCount(factor: $0) }
  }

  /// Clients with a gap since our last meeting beyond `factor` times their usual gap.
  public struct GapCount: Hashable, Sendable {
    /// k.
    public var factor: Double
    /// Neglected clients with such a gap.
    public var neglected = 0
    /// Other loyal clients of the owner with such a gap.
    public var others = 0
  }

  /// Every push assessed, in the truth's order.
  public var pushes: [Push]

  /// Assesses `histories` on the last day of every push of `truth` that ended by `end`.
  public init(
    _ histories: [ClientHistory], truth: SimulationTruth, through end: CalendarDate,
    policy: Policy
  ) throws(PurchaseModelError) {
    var pushes: [Push] = []
    for focus in truth.records where focus.kind == .focus {
      guard let day = focus.to, day <= end else { continue }
      let report = try ChurnRiskReport(histories, on: day, policy: policy)
      let owners = Dictionary(
        histories.map { ($0.client, $0.owner ?? AttentionReport.unassigned) },
        uniquingKeysWith: { first, _ in first })
      let neglected = Set(
        truth.records.filter {
          $0.kind == .neglected && $0.owner == focus.owner && $0.from <= day
            && ($0.to.map { $0 >= day } ?? true)
        }.compactMap(\.client))
      var push = Push(owner: focus.owner, date: day, loyal: 0, neglected: 0, flagged: 0, hits: 0)
      for assessment in report.assessments
      where assessment.loyal && owners[assessment.client] == focus.owner {
        push.loyal += 1
        let isNeglected = neglected.contains(assessment.client.rawValue)
        let isFlagged = (assessment.reading(.attentionShift)?.score ?? 0) > 0
        if isNeglected { push.neglected += 1 }
        if isFlagged { push.flagged += 1 }
        if isNeglected && isFlagged { push.hits += 1 }
        if let shift = assessment.reading(.attentionShift) { push.ownerRise = shift.value }
        if let contact = assessment.reading(.contactGap) {
          for index in push.beyondRhythm.indices
          where contact.exceedsUsualGap(times: push.beyondRhythm[index].factor) {
            if isNeglected {
              push.beyondRhythm[index].neglected += 1
            } else {
              push.beyondRhythm[index].others += 1
            }
          }
        }
      }
      pushes.append(push)
    }
    self.pushes = pushes
  }

  /// Hits over neglected clients, over all pushes; nil when nobody was neglected.
  public var recall: Double? {
    let neglected = pushes.map(\.neglected).reduce(0, +)
    return neglected > 0 ? Double(pushes.map(\.hits).reduce(0, +)) / Double(neglected) : nil
  }

  /// Hits over flagged clients, over all pushes; nil when nobody was flagged.
  public var precision: Double? {
    let flagged = pushes.map(\.flagged).reduce(0, +)
    return flagged > 0 ? Double(pushes.map(\.hits).reduce(0, +)) / Double(flagged) : nil
  }
}
