public import KamTime

/// What was known about one client in its first months, as of one day: its registration,
/// its courting, and its first orders, each feature in its own unit.
///
/// The first months are the courting before the first sale and the `earlyDays` after it;
/// nothing dated after the day asked about, and nothing retracted, is read. The segment and
/// owner records are the profile's (``KeyClientProfile``), not the client's own.
public struct EarlyFacts: Hashable, Sendable {
  /// The client.
  public var client: ClientSlug
  /// The segment registered by the day, if any.
  public var segment: String?
  /// The owner registered by the day, if any.
  public var owner: String?
  /// The first day the client was known: its registration or its first fact.
  public var firstDay: CalendarDate
  /// Its first sale, nil for a prospect.
  public var firstSale: CalendarDate?
  /// Each feature's value; absent where the client has none (no stated win probability,
  /// no sale to take a margin of).
  public var values: [ProfileFeature: Double]

  /// The stated win probability, when the client was registered as a prospect.
  public var winProbability: Double? { values[.winProbability] }
  /// True when it had no sale by the day.
  public var isProspect: Bool { firstSale == nil }

  /// The facts of `history` as of the end of `date`; nil when the client was not known by then.
  public init?(_ history: ClientHistory, on date: CalendarDate, earlyDays: Int) {
    let counts = { (seq: Int64) in !history.isRetracted(seq) }
    let registrations = history.registrations.filter { counts($0.seq) && $0.date <= date }
    let sales = history.sales.filter { counts($0.seq) && $0.date <= date }
    let meetings = history.meetings.filter { counts($0.seq) && $0.date <= date }
    let negotiations = history.negotiations.filter { counts($0.seq) && $0.date <= date }
    let firstSale = sales.map(\.date).min()
    // The earliest fact of any kind: on or before `date`, it is the first day as of then too.
    guard let firstDay = history.firstDay, firstDay <= date else { return nil }
    // The first months: courting before the first sale, then `earlyDays` after it.
    let end = firstSale.map { min(date, $0.adding(days: Int64(earlyDays))) } ?? date
    client = history.client
    segment = registrations.last { $0.segment != nil }?.segment
    owner = registrations.last { $0.owner != nil }?.owner
    self.firstDay = firstDay
    self.firstSale = firstSale
    values = [:]
    if let prospect = registrations.last(where: \.asProspect) {
      values[.winProbability] = prospect.winProbability
      if let expected = prospect.expectedValue {
        values[.expectedValue] = Double(expected.minorUnits) / 100
      }
    }
    let early = negotiations.filter { $0.date <= end }
    values[.meetings] = Double(meetings.count { $0.date <= end })
    values[.negotiations] = Double(early.count)
    let askedTotal = early.map(\.asked.fraction).reduce(0, +)
    let grantedTotal = early.map(\.granted.fraction).reduce(0, +)
    values[.discountAsked] = early.isEmpty ? 0 : askedTotal / Double(early.count)
    values[.discountGranted] = early.isEmpty ? 0 : grantedTotal / Double(early.count)
    values[.daysToFirstSale] = Double(firstDay.days(to: firstSale ?? date))
    Self.orders(sales.filter { $0.date <= end }, end: end, into: &values)
  }

  /// The first orders' features: none bought is zero days, zero amount, and no margin.
  private static func orders(
    _ sales: [ClientHistory.Sale], end: CalendarDate, into values: inout [ProfileFeature: Double]
  ) {
    guard let first = sales.map(\.date).min(), let last = sales.map(\.date).max() else {
      values[.purchaseDays] = 0
      values[.amountSoFar] = 0
      values[.firstOrder] = 0
      return
    }
    let amount = sales.reduce(Money.zero) { $0 + $1.amount }
    let cost = sales.reduce(Money.zero) { $0 + $1.cost }
    let firstDay = sales.filter { $0.date == first }.reduce(Money.zero) { $0 + $1.amount }
    values[.purchaseDays] = Double(Set(sales.map(\.date)).count)
    values[.amountSoFar] = Double(amount.minorUnits) / 100
    values[.firstOrder] = Double(firstDay.minorUnits) / 100
    if amount > .zero {
      values[.margin] = Double((amount - cost).minorUnits) / Double(amount.minorUnits)
    }
    values[.daysKnown] = Double(first.days(to: end))
    values[.daysSinceLastPurchase] = Double(last.days(to: end))
  }
}
