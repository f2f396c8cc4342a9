import ArgumentParser
import KamTime

extension GlobalOptions {
  /// Why --as-of and --known-at mean nothing to a command that records now,
  /// with a day given by --on.
  static let recordsNowOn = "it records now; --on gives the day it happened"
  /// Why they mean nothing to a command that records now.
  static let recordsNow = "it records now"
  /// Why they mean nothing to a command that works on the whole log as it stands.
  static let wholeLog = "it works on the whole log as it stands"

  /// Refuses --as-of and --known-at on a command that evaluates no point in
  /// time: they would be accepted and silently ignored (`kam log sale acme
  /// --amount 1 --as-of 2026-01-01` logged today).
  func refusingPointInTime(_ command: String, _ why: String) throws(CLIError) {
    try refusingAsOf(command, why)
    try refusingKnownAt(command, why)
  }

  /// Refuses --known-at on a command that works on the log as it stands, though a business
  /// day means something to it (`kam refresh --as-of` keeps that day's listings).
  func refusingKnownAt(_ command: String, _ why: String) throws(CLIError) {
    if knownAt != nil {
      throw CLIError(.usage, "--known-at means nothing to `kam \(command)`: \(why)")
    }
  }

  /// Refuses --as-of on a command that reads the book as known at an instant,
  /// with no business day to evaluate.
  func refusingAsOf(_ command: String, _ why: String) throws(CLIError) {
    if asOf != nil { throw CLIError(.usage, "--as-of means nothing to `kam \(command)`: \(why)") }
  }

  /// Refuses a period whose first day is not before the day it stops before:
  /// it would list nothing, and say nothing of why.
  static func period(begin first: CalendarDate?, end stop: CalendarDate?) throws(CLIError) -> (
    begin: CalendarDate?, end: CalendarDate?
  ) {
    if let first, let stop, first >= stop {
      throw CLIError(
        .usage,
        "--begin \(first) is not before --end \(stop): the period is empty (--begin is inclusive, --end exclusive)"
      )
    }
    return (first, stop)
  }

  /// The period asked for (`--period` or `--begin`/`--end`), each end defaulting from the
  /// other or from the evaluation day: `days` days ending on it (`kam service`, `kam report`).
  func period(_ asked: PeriodExpression?, days: Int64 = 91) throws -> Range<CalendarDate> {
    let end = try asked?.end ?? evaluationDate().adding(days: 1)
    let begin = asked?.begin ?? end.adding(days: -days)
    guard begin < end else {
      throw CLIError(
        .usage,
        "--begin \(begin) is not before the period's end \(end) (the day after --as-of or today); give --end"
      )
    }
    return begin..<end
  }
}

extension GlobalOptions {
  /// Refuses `-O csv` on a command whose result is not one table (a client's
  /// figures, stages and events): CSV would have to drop most of it.
  func refusingCSV(_ command: String, _ instead: String) throws(CLIError) {
    guard outputFormat == .csv else { return }
    throw CLIError(
      .usage, "-O csv means nothing to `kam \(command)`: its result is not one table; \(instead)")
  }
}

extension GlobalOptions {
  /// Refuses `--wide` on a command that prints no table: accepted, it would be ignored.
  static func refusingWide(_ command: any ParsableCommand, arguments: [String]) throws(CLIError) {
    // The words first: a cast to a protocol scans the runtime's conformances on every start.
    guard arguments.prefix(while: { $0 != "--" }).contains("--wide"), !(command is any PrintsTables)
    else { return }
    var type: any ParsableCommand.Type = Kam.self
    var names: [String] = []
    for argument in arguments {
      guard
        let next = type.configuration.subcommands.first(where: {
          $0._commandName == argument
        })
      else { break }
      names.append(argument)
      type = next
    }
    throw CLIError(
      .usage, "--wide means nothing to `kam \(names.joined(separator: " "))`: it prints no table")
  }
}
