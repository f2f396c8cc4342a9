public import KamTime

/// How contact effort splits between new acquisition and established clients, per account
/// owner and for the whole team, period by period: the data of `kam attention`.
///
/// The source article's warning is that chasing new clients can lose loyal ones who feel
/// neglected; this report shows when an owner's meetings moved to acquisition.
public struct AttentionReport: Hashable, Sendable {
  /// The owner name of the team's rows.
  public static let team = "(team)"
  /// The owner name of clients without an owner.
  public static let unassigned = "(unassigned)"

  /// Months, quarters or years.
  public var period: CalendarPeriod
  /// The team's rows, then each owner's in name order; each owner's periods ascending,
  /// from the book's first meeting through the period holding the report's day.
  public var rows: [AttentionRow]

  /// The report over every meeting that counts dated on or before `date`, and on or after
  /// `since` when given.
  public init(
    _ histories: [ClientHistory], through date: CalendarDate, policy: Policy,
    period: CalendarPeriod = .quarterly, since: CalendarDate? = nil
  ) {
    self.init(
      facts: histories.map { RiskFacts($0, policy: policy) }, through: date, policy: policy,
      period: period, since: since)
  }

  /// ``init(_:through:policy:period:since:)`` over a book's kept facts, which hold every
  /// meeting, owner and first sale the histories would give.
  package init(
    _ facts: BookRiskFacts, through date: CalendarDate, policy: Policy,
    period: CalendarPeriod = .quarterly, since: CalendarDate? = nil
  ) {
    precondition(facts.priced(as: policy), "facts priced at another hourly rate")
    self.init(facts: facts.facts, through: date, policy: policy, period: period, since: since)
  }

  /// The report over the meetings of `facts` (extracted under `policy`).
  private init(
    facts: [RiskFacts], through date: CalendarDate, policy: Policy, period: CalendarPeriod,
    since: CalendarDate?
  ) {
    let meetings = AttentionMeeting.all(facts, through: date, policy: policy)
    self.init(
      meetings: since.map { first in meetings.filter { $0.date >= first } } ?? meetings,
      through: date, period: period)
  }

  /// The report over already classified meetings, all dated on or before `date`.
  init(meetings: [AttentionMeeting], through date: CalendarDate, period: CalendarPeriod) {
    self.period = period
    guard let earliest = meetings.map(\.date).min() else {
      rows = []
      return
    }
    let first = period.index(of: earliest)
    let last = max(period.index(of: date), first)
    let owners = [Self.team] + Set(meetings.map(\.owner)).sorted()
    var table: [String: [AttentionRow]] = [:]
    for owner in owners {
      table[owner] = (first...last).map {
        AttentionRow(owner: owner, period: period.label(of: $0), start: period.start(of: $0))
      }
    }
    for meeting in meetings {
      let slot = period.index(of: meeting.date) - first
      table[Self.team]![slot].add(meeting)
      table[meeting.owner]![slot].add(meeting)
    }
    rows = owners.flatMap { table[$0]! }
  }

  /// The rows of one owner (or `team`), periods ascending.
  public func rows(of owner: String) -> [AttentionRow] {
    rows.filter { $0.owner == owner }
  }
}
