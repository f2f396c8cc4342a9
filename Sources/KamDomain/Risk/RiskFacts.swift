import KamPurchaseModel
import KamTime

/// The facts of one client that the risk signals read, retractions applied, sorted once,
/// so that every question "as of day t" is a binary search.
struct RiskFacts: Hashable, Sendable {
  /// A meeting's day and cost to serve in minor units.
  struct Meeting: Hashable, Sendable {
    var date: CalendarDate
    var cost: Int64
  }

  /// A complaint's filing day and, when resolved by a resolution that counts, its day.
  struct Complaint: Hashable, Sendable {
    var filedOn: CalendarDate
    var resolvedOn: CalendarDate?
  }

  /// A price negotiation's day, the discount granted and how it ended.
  struct Negotiation: Hashable, Sendable {
    var date: CalendarDate
    var grantedBasisPoints: Int
    var outcome: NegotiationOutcome
  }

  /// The client.
  var client: ClientSlug
  /// The account owner, or `AttentionReport.unassigned`.
  var owner: String
  /// When registered, if ever.
  var registeredOn: CalendarDate?
  /// Distinct days with a sale that counts, ascending.
  var saleDays: [CalendarDate]
  /// Running totals of those days' sale amounts in minor units: element i is the sum over
  /// `saleDays[0...i]`, so any day's spend so far is one lookup.
  var spendThroughDay: [Int64]
  /// Meetings that count, by day.
  var meetings: [Meeting]
  /// Complaints that count, in filing order.
  var complaints: [Complaint]
  /// Negotiations that count, by day.
  var negotiations: [Negotiation]
}

extension RiskFacts {
  /// Extracts what still counts from a client's history.
  init(_ history: borrowing ClientHistory, policy: Policy) {
    let retractions = history.retractions
    let counts = { (seq: Int64) in !ClientHistory.isRetracted(seq, in: retractions) }
    client = history.client
    owner = history.owner ?? AttentionReport.unassigned
    registeredOn = history.registeredOn
    (saleDays, spendThroughDay) = Self.saleDays(of: history)
    meetings = history.meetings.filter { counts($0.seq) }.map {
      Meeting(date: $0.date, cost: StageFacts.cost(of: $0, policy: policy).minorUnits)
    }
    meetings.sort { $0.date < $1.date }
    complaints = history.complaints.filter { counts($0.seq) }.map {
      // A retracted resolution leaves the complaint open, as the stage rules see it.
      Complaint(filedOn: $0.filedOn, resolvedOn: $0.standingResolution(counts)?.date)
    }
    negotiations = history.negotiations.filter { counts($0.seq) }.map {
      Negotiation(date: $0.date, grantedBasisPoints: $0.granted.basisPoints, outcome: $0.outcome)
    }
    negotiations.sort { $0.date < $1.date }
  }

  /// The first day with a sale that counts, if any.
  var firstSale: CalendarDate? { saleDays.first }

  /// How many sale days fall on or before `date`.
  func saleDayCount(through date: CalendarDate) -> Int {
    Self.count(saleDays, through: date) { $0 }
  }

  /// The client's spend summary at the end of `date`; nil without a sale by then.
  func spendSummary(asOf date: CalendarDate) -> SpendSummary? {
    Self.spendSummary(days: saleDays, totals: spendThroughDay, asOf: date)
  }

  /// A history's distinct days with a sale that counts, ascending, and the running totals
  /// of those days' amounts in minor units (saturating, as money adds).
  static func saleDays(of history: ClientHistory) -> (days: [CalendarDate], totals: [Int64]) {
    // Sorted, then each day once: cheaper than a set for a client's few hundred sales.
    let sales = history.sales.filter { !history.isRetracted($0.seq) }.sorted { $0.date < $1.date }
    var days: [CalendarDate] = []
    var totals: [Int64] = []
    days.reserveCapacity(sales.count)
    totals.reserveCapacity(sales.count)
    for sale in sales {
      let running = (totals.last ?? 0).saturatingAdding(sale.amount.minorUnits)
      if days.last == sale.date {
        totals[totals.count - 1] = running
      } else {
        days.append(sale.date)
        totals.append(running)
      }
    }
    return (days, totals)
  }

  /// The spend summary at the end of `date` of sale `days` with running `totals`
  /// (``saleDays(of:)``): what ``SpendSummary/init(sales:asOf:)`` gives from the same
  /// sales, the days after the first being the running total's rise since the first day.
  /// Every spend summary of a book is this one, from its histories or its kept facts, so
  /// the two agree even where the totals saturate.
  static func spendSummary(days: [CalendarDate], totals: [Int64], asOf date: CalendarDate)
    -> SpendSummary?
  {
    let bought = count(days, through: date) { $0 }
    guard bought > 0 else { return nil }
    let repeatDays = bought - 1
    let total = totals[bought - 1].saturatingSubtracting(totals[0])
    return SpendSummary(
      repeatDays: repeatDays,
      meanSpend: repeatDays == 0 ? 0 : Double(total) / 100 / Double(repeatDays))
  }

  /// How many meetings fall on or before `date`.
  func meetingCount(through date: CalendarDate) -> Int {
    Self.count(meetings, through: date, \.date)
  }

  /// How many elements of `sorted` (ascending by `day`) are dated on or before `date`.
  static func count<Element>(
    _ sorted: [Element], through date: CalendarDate, _ day: (Element) -> CalendarDate
  ) -> Int {
    sorted.partitioningIndex { day($0) > date }
  }

  /// The median of `values`: the mean of the two middle ones for an even count.
  static func median(_ values: [Int64]) -> Double? {
    RecencySurvival.median(values.map(Double.init))
  }
}
