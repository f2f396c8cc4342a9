/// What `kam risk` lists of one buying client on one day: its listing (names, stage,
/// class, profit), its churn risk assessment and what its churn would cost.
///
/// Kept by a book for a day (``encodedParts(_:on:)``) as ``ClientListing`` is, so that a
/// risk listing of a log that has not moved reads every client's back instead of assessing
/// it.
public struct RiskListing: Hashable, Sendable {
  /// The client's listing on the day.
  public var client: ClientListing
  /// Its churn risk.
  public var assessment: ChurnRiskAssessment
  /// Its expected purchases and profit, and the value at stake.
  public var stake: ClientStake

  /// A risk listing of its parts.
  public init(client: ClientListing, assessment: ChurnRiskAssessment, stake: ClientStake) {
    self.client = client
    self.assessment = assessment
    self.stake = stake
  }
}
