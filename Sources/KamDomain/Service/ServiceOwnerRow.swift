/// One owner's effort in a period, how it splits, and where it could move: a line of
/// `kam service --by owner`.
public struct ServiceOwnerRow: Hashable, Sendable {
  /// The owner, or `AttentionReport.unassigned`.
  public var owner: String
  /// Clients of the owner in the report.
  public var clients: Int
  /// Meeting minutes in the period.
  public var minutes: Int64
  /// The minutes' share that went to prospects and new clients; nil without minutes.
  public var acquisitionShare: Double?
  /// The minutes' share that went to established clients of each Pareto class; with
  /// `acquisitionShare` they add up to 1. Empty without minutes.
  public var shareByClass: [ParetoClass: Double]
  /// The what-if: which minutes could move from the over-served to the under-served.
  public var suggestion: ServiceSuggestion?
}
