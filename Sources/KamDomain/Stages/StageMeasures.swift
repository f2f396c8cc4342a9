public import KamTime

/// The figures the stage rules compare with the policy, for one client on one day.
///
/// Only facts dated on or before ``date`` and not retracted count; "in the
/// window" means dated in `(date − windowDays, date]`, the `windowDays` days
/// ending on ``date`` inclusive.
public struct StageMeasures: Hashable, Sendable {
  /// The day evaluated.
  public var date: CalendarDate
  /// The first day of the window: `date − windowDays + 1`.
  public var windowStart: CalendarDate
  /// Sales ever, up to and including the day.
  public var salesEver: Int = 0
  /// Sales in the window that count towards the thresholds (large enough;
  /// see `minimumSaleShare`).
  public var salesInWindow: Int = 0
  /// Every sale in the window, however small: one keeps a client from lapsing.
  public var salesAnyInWindow: Int = 0
  /// The day of the first sale, if any.
  public var firstSale: CalendarDate?
  /// The day of the latest sale, if any.
  public var lastSale: CalendarDate?
  /// Meetings in the window.
  public var meetingsInWindow: Int = 0
  /// Net sales in the window.
  public var revenue: Money = .zero
  /// Cost of goods of the sales in the window.
  public var costOfGoods: Money = .zero
  /// Meeting costs and complaint resolution costs dated in the window.
  public var costToServe: Money = .zero
  /// Complaints still unresolved more than `complaintDemotionDays` after filing.
  public var staleComplaints: Int = 0
  /// Joint initiatives running on the day.
  public var activeInitiatives: Int = 0
  /// Our standing in the latest assessment dated on or before the day.
  public var standing: Int?
  /// The margin of the only sale, when there has been exactly one.
  public var singleSaleMargin: Double?
  /// Whether no price negotiation preceded the only sale within the quiet days.
  public var singleSaleUnhaggled: Bool?

  /// Measures of a day with no facts.
  public init(date: CalendarDate, windowStart: CalendarDate) {
    self.date = date
    self.windowStart = windowStart
  }

  /// Profit over the window: revenue − cost of goods − cost to serve.
  public var profit: Money { revenue - costOfGoods - costToServe }

  /// Whole days from the first sale to the day, if there has been a sale.
  public var tenureDays: Int64? { firstSale.map { $0.days(to: date) } }
}
