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
  public var values: ProfileValues

  /// The stated win probability, when the client was registered as a prospect.
  public var winProbability: Double? { values[.winProbability] }
  /// True when it had no sale by the day.
  public var isProspect: Bool { firstSale == nil }

  /// The facts of `history` as of the end of `date`; nil when the client was not known by then.
  ///
  /// Read for every client on every training cut of the profile, so each kind of fact is
  /// walked once, in the history's order, without copying it out.
  public init?(_ history: borrowing ClientHistory, on date: CalendarDate, earlyDays: Int) {
    // The earliest fact of any kind: on or before `date`, it is the first day as of then too.
    guard let firstDay = history.firstDay, firstDay <= date else { return nil }
    let retractions = history.retractions
    let counts = { (seq: Int64) in !ClientHistory.isRetracted(seq, in: retractions) }
    var segment: String?
    var owner: String?
    var prospect: ClientHistory.Registration?
    for registration in history.registrations where registration.date <= date {
      guard counts(registration.seq) else { continue }
      if registration.segment != nil { segment = registration.segment }
      if registration.owner != nil { owner = registration.owner }
      if registration.asProspect { prospect = registration }
    }
    var firstSale: CalendarDate?
    for sale in history.sales where sale.date <= date && counts(sale.seq) {
      if firstSale.map({ sale.date < $0 }) ?? true { firstSale = sale.date }
    }
    // The first months: courting before the first sale, then `earlyDays` after it.
    let end = firstSale.map { min(date, $0.adding(days: Int64(earlyDays))) } ?? date
    client = history.client
    self.segment = segment
    self.owner = owner
    self.firstDay = firstDay
    self.firstSale = firstSale
    values = ProfileValues()
    if let prospect {
      values[.winProbability] = prospect.winProbability
      if let expected = prospect.expectedValue {
        values[.expectedValue] = Double(expected.minorUnits) / 100
      }
    }
    // `end` is on or before `date`, so the first months' facts are all by the day.
    var meetings = 0
    for meeting in history.meetings where meeting.date <= end && counts(meeting.seq) {
      meetings += 1
    }
    var negotiations = 0
    var askedTotal = 0.0
    var grantedTotal = 0.0
    for negotiation in history.negotiations where negotiation.date <= end {
      guard counts(negotiation.seq) else { continue }
      negotiations += 1
      askedTotal += negotiation.asked.fraction
      grantedTotal += negotiation.granted.fraction
    }
    values[.meetings] = Double(meetings)
    values[.negotiations] = Double(negotiations)
    values[.discountAsked] = negotiations == 0 ? 0 : askedTotal / Double(negotiations)
    values[.discountGranted] = negotiations == 0 ? 0 : grantedTotal / Double(negotiations)
    values[.daysToFirstSale] = Double(firstDay.days(to: firstSale ?? date))
    Self.orders(of: history, through: end, firstSale: firstSale, counts: counts, into: &values)
  }

  /// The first orders' features: none bought is zero days, zero amount, and no margin.
  private static func orders(
    of history: ClientHistory, through end: CalendarDate, firstSale: CalendarDate?,
    counts: (Int64) -> Bool, into values: inout ProfileValues
  ) {
    // The first sale is the first months' first unless they end before it.
    guard let first = firstSale, first <= end else {
      values[.purchaseDays] = 0
      values[.amountSoFar] = 0
      values[.firstOrder] = 0
      return
    }
    var last = first
    var amount = Money.zero
    var cost = Money.zero
    var firstDay = Money.zero
    // Distinct days by counting changes while the sales come in date order, as they
    // mostly do; a backdated sale falls back to a set.
    var days = 0
    var previous: CalendarDate?
    var inOrder = true
    for sale in history.sales where sale.date <= end && counts(sale.seq) {
      amount = amount + sale.amount
      cost = cost + sale.cost
      if sale.date == first { firstDay = firstDay + sale.amount }
      if sale.date > last { last = sale.date }
      if let previous, sale.date < previous { inOrder = false }
      if sale.date != previous { days += 1 }
      previous = sale.date
    }
    if !inOrder {
      var distinct = Set<CalendarDate>()
      for sale in history.sales where sale.date <= end && counts(sale.seq) {
        distinct.insert(sale.date)
      }
      days = distinct.count
    }
    values[.purchaseDays] = Double(days)
    values[.amountSoFar] = Double(amount.minorUnits) / 100
    values[.firstOrder] = Double(firstDay.minorUnits) / 100
    if amount > .zero {
      values[.margin] = Double((amount - cost).minorUnits) / Double(amount.minorUnits)
    }
    values[.daysKnown] = Double(first.days(to: end))
    values[.daysSinceLastPurchase] = Double(last.days(to: end))
  }
}
