import KamTime

/// The facts of one client that the stage rules read, retractions already
/// applied, sorted and summed once so that each evaluation is cheap.
struct StageFacts: Hashable, Sendable {
  /// An open or resolved complaint; the resolution is dropped when retracted.
  struct Complaint: Hashable, Sendable {
    var seq: Int64
    var filedOn: CalendarDate
    var resolvedOn: CalendarDate?
    var resolutionSeq: Int64?
  }

  /// A joint initiative over the days `from...to` (open-ended when `to` is nil).
  struct Initiative: Hashable, Sendable {
    var seq: Int64
    var from: CalendarDate
    var to: CalendarDate?
  }

  /// The first day the client is known (``ClientHistory/firstDay``): where a
  /// timeline starts.
  var firstDay: CalendarDate?
  /// Sales: amount is the net amount, cost the cost of goods.
  var sales: StageLedger
  /// The sales that count towards the sales thresholds: those of at least
  /// `minimumSaleMinor` and at least `minimumSaleShare` of the median of the
  /// client's sales before them (`docs/stages.md`).
  var countedSales: StageLedger
  /// Meetings: cost is the cost to serve (explicit, or minutes at the hourly rate).
  var meetings: StageLedger
  /// Complaint resolutions, dated on the resolution day: cost is the resolution cost.
  var resolutions: StageLedger
  /// Assessments: amount is the standing.
  var assessments: StageLedger
  /// Price negotiations (no money: they only matter to the golden shot).
  var negotiations: StageLedger
  /// Complaints, in filing order.
  var complaints: [Complaint]
  /// Joint initiatives.
  var initiatives: [Initiative]
}

extension StageFacts {
  /// Extracts the facts of `history` that still count.
  init(_ history: borrowing ClientHistory, policy: Policy) {
    let retractions = history.retractions
    let counts = { (seq: Int64) in !ClientHistory.isRetracted(seq, in: retractions) }
    firstDay = history.firstDay
    sales = StageLedger(
      history.sales.filter { counts($0.seq) }.map {
        .init(seq: $0.seq, date: $0.date, amount: $0.amount.minorUnits, cost: $0.cost.minorUnits)
      })
    countedSales = StageLedger(Self.counted(sales.entries, policy: policy))
    meetings = StageLedger(
      history.meetings.filter { counts($0.seq) }.map {
        .init(seq: $0.seq, date: $0.date, cost: Self.cost(of: $0, policy: policy).minorUnits)
      })
    var kept: [Complaint] = []
    var resolved: [StageLedger.Entry] = []
    for complaint in history.complaints where counts(complaint.seq) {
      var fact = Complaint(seq: complaint.seq, filedOn: complaint.filedOn)
      // A retracted resolution leaves the complaint open and costs nothing.
      if let resolution = complaint.standingResolution(counts) {
        fact.resolvedOn = resolution.date
        fact.resolutionSeq = resolution.seq
        resolved.append(
          .init(seq: resolution.seq, date: resolution.date, cost: resolution.cost.minorUnits))
      }
      kept.append(fact)
    }
    complaints = kept
    resolutions = StageLedger(resolved)
    assessments = StageLedger(
      history.assessments.filter { counts($0.seq) }.map {
        .init(seq: $0.seq, date: $0.date, amount: Int64($0.standing))
      })
    negotiations = StageLedger(
      history.negotiations.filter { counts($0.seq) }.map { .init(seq: $0.seq, date: $0.date) })
    initiatives = history.initiatives.filter { counts($0.seq) }.map {
      // A retracted ending leaves the one before it, else the planned end.
      Initiative(seq: $0.seq, from: $0.from, to: $0.standingEnding(counts)?.lastDay ?? $0.plannedTo)
    }
  }

  /// The sales of `sorted` (by day, then sequence number) large enough to
  /// count: at least `minimumSaleMinor` (and above zero: a free delivery
  /// never counts), and at least `minimumSaleShare` of the median amount of
  /// the sales before them, so one small order is not evidence of a relationship.
  static func counted(_ sorted: [StageLedger.Entry], policy: Policy) -> [StageLedger.Entry] {
    var earlier: [Int64] = []
    earlier.reserveCapacity(sorted.count)
    var result: [StageLedger.Entry] = []
    result.reserveCapacity(sorted.count)
    let least = max(1, policy.minimumSaleMinor)
    for sale in sorted {
      var counts = sale.amount >= least
      if counts, !earlier.isEmpty, policy.minimumSaleShare > 0 {
        let middle = earlier.count / 2
        // The median; of an even count, the mean of the two middle amounts.
        let median =
          earlier.count % 2 == 1
          ? Double(earlier[middle]) : (Double(earlier[middle - 1]) + Double(earlier[middle])) / 2
        counts = Double(sale.amount) >= policy.minimumSaleShare * median
      }
      if counts { result.append(sale) }
      earlier.insert(sale.amount, at: earlier.partitioningIndex { $0 > sale.amount })
    }
    return result
  }

  /// A meeting's cost to serve: its explicit cost, else its minutes at the
  /// policy's hourly rate, rounded half away from zero to minor units.
  static func cost(of meeting: ClientHistory.Meeting, policy: Policy) -> Money {
    if let cost = meeting.cost { return cost }
    guard let minutes = meeting.minutes else { return .zero }
    let product = minutes * policy.hourlyRateMinor
    let rounded = product >= 0 ? (product + 30) / 60 : -((-product + 30) / 60)
    return Money(minorUnits: rounded)
  }
}
