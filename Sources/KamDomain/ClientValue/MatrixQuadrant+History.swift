public import KamTime

extension MatrixQuadrant {
  /// The client's quadrant from its latest assessment on `date` (by business
  /// date, retracted ones left out); nil when it was never assessed by then.
  public init?(_ history: borrowing ClientHistory, on date: CalendarDate, policy: Policy) {
    guard let assessment = history.latestAssessment(on: date) else { return nil }
    self.init(assessment, policy: policy)
  }
}
