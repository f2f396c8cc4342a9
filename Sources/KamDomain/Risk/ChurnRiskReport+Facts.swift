package import KamPurchaseModel
package import KamTime

extension ChurnRiskReport {
  /// The churn models on `date` fitted from a book's kept facts, with no client assessed:
  /// the very models ``init(_:on:policy:classA:options:assessing:models:stages:)`` fits
  /// from the histories the facts were taken from.
  ///
  /// - Throws: `PurchaseModelError` only for unusable `options`.
  package static func models(
    _ facts: BookRiskFacts, on date: CalendarDate, policy: Policy,
    options: PurchaseModelFit.Options
  ) throws(PurchaseModelError) -> ChurnRiskModels {
    precondition(facts.priced(as: policy), "facts priced at another hourly rate")
    let (model, calibration) = try fit(
      facts.known(on: date), on: date, policy: policy, options: options)
    return ChurnRiskModels(date: date, purchase: model.fit, calibration: calibration)
  }
}
