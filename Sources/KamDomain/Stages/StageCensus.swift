public import KamTime

/// How many clients stood in each stage at the end of each calendar period: the data of
/// the report's stage-flow chart.
///
/// A client's stage on a day is where its last transition on or before that day took it,
/// so the census is one sweep over the book's transitions, whatever their number.
public struct StageCensus: Hashable, Sendable {
  /// One period's count.
  public struct Column: Hashable, Sendable {
    /// The period's label (`2026-07`).
    public var period: String
    /// The day counted: the period's last day, or the census's last day for the period
    /// holding it.
    public var day: CalendarDate
    /// Clients per stage on `day`; a stage nobody stood in is absent.
    public var counts: [Stage: Int]

    /// The count of one stage (zero when absent).
    public func count(_ stage: Stage) -> Int { counts[stage] ?? 0 }
  }

  /// The periods from the one holding the first day through the one holding the last.
  public let columns: [Column]

  /// Counts `transitions`, ordered by date (as `Book.transitions` lists them), at the end
  /// of every `period` from the one holding `first` through the one holding `last`.
  public init(
    _ transitions: [ClientTransition], from first: CalendarDate, through last: CalendarDate,
    period: CalendarPeriod = .monthly
  ) {
    var stages: [ClientSlug: Stage] = [:]
    var counts: [Stage: Int] = [:]
    var next = 0
    var columns: [Column] = []
    let (firstIndex, lastIndex) = (period.index(of: first), period.index(of: last))
    guard firstIndex <= lastIndex else {
      self.columns = []
      return
    }
    for index in firstIndex...lastIndex {
      let day = min(period.start(of: index + 1).adding(days: -1), last)
      while next < transitions.count, transitions[next].transition.on <= day {
        let item = transitions[next]
        if let before = stages[item.client] {
          counts[before, default: 0] -= 1
          if counts[before] == 0 { counts[before] = nil }
        }
        stages[item.client] = item.transition.to
        counts[item.transition.to, default: 0] += 1
        next += 1
      }
      columns.append(Column(period: period.label(of: index), day: day, counts: counts))
    }
    self.columns = columns
  }
}
