public import KamPurchaseModel
public import KamTime

/// The fitted models behind a book's churn risk on one day: the purchase model and the
/// calibration of the chance of no purchase.
///
/// They are the expensive part of every risk: two purchase-model fits over the whole book
/// (on the day and at the calibration's cut) and a regression. Nothing but the book's
/// events up to the day and the policy decides them, so a book keeps them with the log's
/// position they were fitted at, and a query on an unchanged log reads them back
/// (`encoded`, ``init(encoded:)``) instead of fitting again. Given back to
/// ``ChurnRiskReport/init(_:on:policy:classA:options:assessing:models:)``, they give the
/// very report the fits would.
public struct ChurnRiskModels: Hashable, Sendable {
  /// The evaluation day they were fitted for.
  public var date: CalendarDate
  /// The purchase model on the day.
  public var purchase: PurchaseModelFit
  /// The calibration learned at the cut.
  public var calibration: NoPurchaseCalibration

  /// Models fitted for `date`.
  public init(date: CalendarDate, purchase: PurchaseModelFit, calibration: NoPurchaseCalibration) {
    self.date = date
    self.purchase = purchase
    self.calibration = calibration
  }
}
