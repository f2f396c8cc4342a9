public import KamPurchaseModel
public import KamTime

/// The key-client profile: what the book's lasting clients looked like in their first
/// months, learned as a ridge logistic regression on standardised features, so that open
/// prospects and new clients can be scored against it (`kam prospects`, docs/profile.md).
///
/// Learned like the calibration of the chance of no purchase: at a cut c = d − h (d the day
/// scored, h = min(two years, ⅔ of the book's span up to d)), and at up to seven more cuts a
/// quarter apart before it, every open prospect and first-year client is described by
/// ``EarlyFacts`` as of the cut and labelled by whether it is a lasting client h days later
/// (on o = cut + h): still buying (a sale in (max(cut, o − window), o]), Pareto class A or
/// B and stage cooperation or higher on o. A book where too few became that is labelled
/// by "still buying" alone (``ProfileLabel``); one too short or too small to learn from
/// keeps the stated win probability, and says why in ``fallback``. Nothing after d is read.
public struct KeyClientProfile: Hashable, Sendable {
  /// One feature the regression uses: its standardisation and the profile's typical value.
  public struct Scaling: Hashable, Sendable {
    /// The feature.
    public var feature: ProfileFeature
    /// The mean of the transformed values in training (missing values are read as it).
    public var mean: Double
    /// Their standard deviation.
    public var deviation: Double
    /// The lasting training clients' median, in the feature's unit.
    public var typical: Double?

    /// The standardised value of a value in the feature's unit; 0 (the mean) for none.
    public func standardised(_ value: Double?) -> Double {
      standardised(transformed: value.map(feature.transformed))
    }

    /// The standardised value of a value already transformed; 0 (the mean) for none.
    func standardised(transformed value: Double?) -> Double {
      value.map { ($0 - mean) / deviation } ?? 0
    }
  }

  /// Lasting clients and training clients of one segment or owner.
  public struct Record: Hashable, Sendable {
    /// Lasting among them.
    public var lasting: Int
    /// All of them.
    public var clients: Int
  }

  /// The outcome horizon the issue asks for: two years.
  public static let lastingDays = 730
  /// The shortest outcome horizon worth learning from.
  public static let minimumHorizonDays = 28
  /// Days between training cuts.
  public static let cutStepDays = 91
  /// Most training cuts: two years of quarters.
  public static let maximumCuts = 8
  /// Fewest training rows of each outcome per coefficient.
  public static let rowsPerCoefficient = 10
  /// λ of the ridge.
  static let ridge = 1.0
  /// Pseudo-clients at the base rate in each segment's and owner's record.
  static let recordPrior = 5.0

  /// d: the day scored.
  public var date: CalendarDate
  /// h: days from the cut to d.
  public var horizonDays: Int
  /// The training cuts, latest first: c = d − h, then a quarter earlier each (each labelled
  /// h days after it); empty when the history was too short.
  public var cuts: [CalendarDate] = []
  /// The latest cut, c = d − h; nil when the history was too short.
  public var cut: CalendarDate? { cuts.first }
  /// The days after the first sale that count as the first months.
  public var earlyDays: Int
  /// What "lasting" meant in training; nil when no label had enough of both outcomes.
  public var label: ProfileLabel?
  /// The features used, in coefficient order after the intercept.
  public var features: [Scaling] = []
  /// The fitted regression; nil when not fitted.
  public var regression: RidgeLogistic?
  /// Training rows: each open prospect and first-year client on each cut.
  public var trainedOn = 0
  /// Distinct clients among the training rows.
  public var trainingClients = 0
  /// Of them, those labelled lasting (0 when no label was chosen).
  public var lasting = 0
  /// The ROC AUC of the fit: on the latest cut's rows of a fit to the earlier cuts' alone
  /// when there are earlier cuts with both outcomes (``aucHeldOut``), else in sample on
  /// every training row; nil when not fitted.
  public var auc: Double?
  /// True when ``auc`` was measured on rows the fit behind it had not seen.
  public var aucHeldOut = false
  /// The ROC AUC of the stated win probability alone, on the same rows as ``auc`` that have
  /// one; nil when too few do.
  public var statedAUC: Double?
  /// Why the stated win probability stands in; nil when the profile was learned.
  public var fallback: ProfileFallback?
  /// Each segment's record in training.
  public var segments: [String: Record] = [:]
  /// Each owner's record in training.
  public var owners: [String: Record] = [:]

  /// Whether the learned fit is used.
  public var fitted: Bool { fallback == nil && regression != nil }
  /// The model's name: the regression, or the fallback's.
  public var model: String { fitted ? "ridge-logistic" : "stated-win-probability" }
  /// The share of lasting clients in training; nil when no label was chosen.
  public var baseRate: Double? {
    label != nil && trainedOn > 0 ? Double(lasting) / Double(trainedOn) : nil
  }
}
