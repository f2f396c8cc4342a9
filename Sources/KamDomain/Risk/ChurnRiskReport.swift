public import KamPurchaseModel
public import KamTime

/// The churn risk of every client of a book on one day, and the purchase model behind it.
///
/// Built by ``init(_:on:policy:classA:options:)``; `kam risk` lists the loyal clients,
/// `kam risk --all` every one, `kam risk --model` the fit.
public struct ChurnRiskReport: Hashable, Sendable {
  /// The evaluation day: only facts dated on or before it count.
  public var date: CalendarDate
  /// The purchase model of the book on that day.
  public var purchaseModel: BookPurchaseModel
  /// The book's calibration of the chance of no purchase within the horizon.
  public var calibration: NoPurchaseCalibration
  /// One assessment per client, highest risk first (ties by slug).
  public var assessments: [ChurnRiskAssessment]

  /// The purchase model fitted (or the fallback used).
  public var fit: PurchaseModelFit { purchaseModel.fit }

  /// The fitted models, for a book to keep: given back to
  /// ``init(_:on:policy:classA:options:assessing:models:)`` on an unchanged book, they
  /// spare the fits.
  public var models: ChurnRiskModels {
    ChurnRiskModels(date: date, purchase: fit, calibration: calibration)
  }

  /// The loyal clients' assessments, highest risk first: what `kam risk` lists.
  public var loyal: [ChurnRiskAssessment] { assessments.filter(\.loyal) }

  /// The assessment of `client`, if it is in the book.
  public func assessment(of client: ClientSlug) -> ChurnRiskAssessment? {
    assessments.first { $0.client == client }
  }
}
