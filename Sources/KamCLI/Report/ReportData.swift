import KamBook
import KamDomain
import KamTime

/// Everything the HTML report shows, read from the book's existing views: the same
/// figures `kam clients`, `kam risk`, `kam transitions`, `kam attention`, `kam service` and
/// `kam prospects` print for the same day.
struct ReportData {
  /// The business day evaluated: the period's last day.
  var date: CalendarDate
  /// The period of the transitions, the service and the charts over time.
  var period: Range<CalendarDate>
  /// The book's currency.
  var currency: Currency
  /// Every client on `date`: value, class, reasons, stage, risk.
  var view: BookView
  /// The loyal clients with their stakes, highest value at stake first (as `kam risk`).
  var risk: [RiskListing]
  /// Every stage transition up to `date`, by date.
  var transitions: [ClientTransition]
  /// Clients per stage at each month's end.
  var census: StageCensus
  /// The team's meetings per month, acquisition against loyal clients.
  var attention: [AttentionRow]
  /// Service against value in the period.
  var service: ServiceReport
  /// The key-client profile and the prospects' fit.
  var prospects: ProspectReport

  /// How many months the charts over time show when no `--begin` is given.
  static let defaultMonths = 24

  /// Reads the report's data. `period` ends the day after `date`; `since` is the first
  /// day of the charts over time (by default the 24 months up to `date`).
  init(
    book: Book, period: Range<CalendarDate>, since: CalendarDate?, knownAt: Instant?
  ) throws {
    let date = period.upperBound.adding(days: -1)
    self.date = date
    self.period = period
    currency = book.currency
    view = try book.view(on: date, knownAt: knownAt)
    let spend = try book.spendModel(view)
    risk = RiskCommand.listed(BookListing(view, spend: spend), all: false, order: .valueAtStake)
    let query = TransitionQuery(asOf: date)
    transitions =
      try knownAt.map { try book.transitions(query, knownAt: $0) }
      ?? book.transitions(query)
    let (year, month, _) = date.components
    let back = year * 12 + month - 1 - (Self.defaultMonths - 1)
    let first =
      since.map { min($0, period.lowerBound) }
      ?? CalendarDate(year: back / 12, month: back % 12 + 1, day: 1)!
    census = StageCensus(transitions, from: first, through: date)
    let firstMonth = CalendarPeriod.monthly.label(of: first)
    attention = AttentionReport(
      view.rows.map(\.history), through: date, policy: view.policy, period: .monthly
    ).rows(of: AttentionReport.team).filter { $0.period >= firstMonth }
    service = book.service(in: period, view: view)
    prospects = try book.prospects(on: date, knownAt: knownAt)
  }

  /// The transitions dated in the period.
  var periodTransitions: [ClientTransition] {
    transitions.filter { period.contains($0.transition.on) }
  }

  /// The loyal clients whose risk is in the high band.
  var loyalAtHighRisk: [RiskListing] {
    risk.filter { $0.assessment.band == .high }
  }
}
