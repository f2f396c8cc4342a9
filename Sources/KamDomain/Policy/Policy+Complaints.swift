extension Policy {
  /// Days a complaint stays open before it lowers a relationship's stage: stale after
  /// `staleComplaintDays`, then held through `demotionGraceDays` like any other missing
  /// evidence, so that a complaint resolved within the grace moves no stage.
  ///
  /// Churn risk still counts a complaint as stale after `staleComplaintDays` alone: there
  /// it is a warning, here a consequence.
  public var complaintDemotionDays: Int { staleComplaintDays + max(demotionGraceDays, 0) }
}
