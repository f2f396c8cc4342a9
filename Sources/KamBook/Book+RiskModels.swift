public import KamDomain
import KamEventLog
public import KamTime

extension Book {
  /// The book's churn models on `date`, with no client assessed: the purchase model, the
  /// calibration of the chance of no purchase, and the spend model (`kam risk --model`).
  ///
  /// The same fits as ``view(on:knownAt:before:focus:)`` makes, without the portfolio, the
  /// stage rules or any client's signals.
  public func riskModels(on date: CalendarDate, knownAt: Instant? = nil) throws(BookError) -> (
    risk: ChurnRiskReport, spend: BookSpendModel
  ) {
    try BookError.catching {
      let policy = try policy(knownAt: knownAt)
      let histories = try histories(knownOn: date, knownAt: knownAt)
      let risk = try ChurnRiskReport(
        histories, on: date, policy: policy, options: BookView.fitOptions, assessing: [])
      return (risk, BookSpendModel(histories, on: date))
    }
  }
}
