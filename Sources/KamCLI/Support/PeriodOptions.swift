import ArgumentParser
import KamDomain
import KamTime

/// The period a command reads: `-p/--period` as hledger writes one, or its
/// ends as `--begin` (inclusive) and `--end` (exclusive), never both.
struct PeriodOptions: ParsableArguments {
  @Option(
    name: [.customShort("p"), .long],
    help: ArgumentHelp(
      "The period: 2026Q3, 2026-03, last month, from 2026-01 to 2026-04, ….",
      discussion: PeriodExpression.helpText, valueName: "period"))
  var period: String?
  @Option(
    help: ArgumentHelp(
      "First day (inclusive); a month, quarter or year means its first day.", valueName: "date"))
  var begin: String?
  @Option(
    help: ArgumentHelp(
      "Day to stop before (exclusive); 2026-10 means 2026-10-01.", valueName: "date"))
  var end: String?

  /// True when no period was asked for.
  var isEmpty: Bool { period == nil && begin == nil && end == nil }

  /// `--period monthly`, `quarterly` or `yearly`: what `attention` and
  /// `transitions --summary` called their buckets before `--interval`.
  var legacyInterval: CalendarPeriod? {
    period.flatMap { CalendarPeriod(rawValue: $0.lowercased()) }
  }

  /// The period asked for, relative words read from `global`'s today; nil when
  /// none was. With `intervals`, `--period monthly` (quarterly, yearly) names
  /// the command's interval (``legacyInterval``), not a period.
  func expression(_ global: GlobalOptions, intervals: Bool = false) throws -> PeriodExpression? {
    guard !isEmpty else { return nil }
    let period = intervals && legacyInterval != nil ? nil : self.period
    if let period {
      if begin != nil || end != nil {
        throw CLIError(
          .usage,
          "--period \"\(period)\" and --\(begin != nil ? "begin" : "end") do not go together:"
            + " give the period or its ends")
      }
      return try PeriodExpression(parsing: period, today: try global.currentDate())
    }
    guard begin != nil || end != nil else { return nil }
    let today = try global.currentDate()
    let first = try begin.map { try PeriodExpression.boundary($0, today: today, option: "--begin") }
    let stop = try end.map { try PeriodExpression.boundary($0, today: today, option: "--end") }
    let (checked, last) = try GlobalOptions.period(begin: first, end: stop)
    return PeriodExpression(begin: checked, end: last)
  }

  /// The option that gave the period's end, as typed (`--end 2026-10`,
  /// `--period "2026Q3"`), for refusing what the end makes meaningless.
  func endSource(_ expression: PeriodExpression?) -> String? {
    guard expression?.end != nil else { return nil }
    if let end { return "--end \(end)" }
    return period.map { "--period \"\($0)\"" }
  }
}

extension PeriodOptions {
  /// The interval of a command that counts per month, quarter or year: `--interval`,
  /// else the old `--period monthly` (quarterly, yearly), which still works and says,
  /// through `console`, what it is now.
  func interval(_ interval: CalendarPeriod?, noting console: Console?) -> CalendarPeriod? {
    if let interval { return interval }
    guard let legacy = legacyInterval else { return nil }
    console?.err("kam: --period \(period!) is now --interval \(legacy.rawValue)")
    return legacy
  }
}
