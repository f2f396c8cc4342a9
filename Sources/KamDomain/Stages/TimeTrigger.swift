/// What passing time alone can change, naming a transition that no event on
/// its day caused. The raw values are the timeline's cause vocabulary.
public enum TimeTrigger: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// A sale dropped out of the window (on its day + `windowDays`).
  case saleLeftWindow = "sale-left-window"
  /// A meeting dropped out of the window (on its day + `windowDays`).
  case meetingLeftWindow = "meeting-left-window"
  /// A cost dropped out of the window, raising profit: a complaint
  /// resolution's, a meeting's or a loss-making sale's. The name of every
  /// rise that time alone caused, but tenure's.
  case costLeftWindow = "cost-left-window"
  /// An unresolved complaint lowers the stage (on its filing day + `complaintDemotionDays` + 1).
  case complaintStale = "complaint-stale"
  /// A joint initiative ended (the day after its last day).
  case initiativeEnded = "initiative-ended"
  /// The first sale became old enough for partnership (its day + `partnershipTenureDays`).
  case tenureReached = "tenure-reached"

  /// The raw value.
  public var description: String { rawValue }

  /// The triggers that can drop a client, likeliest first.
  static let falling: [TimeTrigger] = [
    .complaintStale, .initiativeEnded, .saleLeftWindow, .meetingLeftWindow,
  ]
}
