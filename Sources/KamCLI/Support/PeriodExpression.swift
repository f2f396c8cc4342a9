import KamTime

/// A period of business days as hledger writes one: `2026Q3`, `last month`,
/// `from 2026-01 to 2026-04`; begin inclusive, end exclusive, either open.
///
/// Relative words (`this month`, `yesterday`) read the day given as today,
/// so that `--today` pins them. A term names a span (a year, quarter, month,
/// ISO week or day); `from A to B` runs from the start of A to the start of B,
/// so `to` is exclusive as hledger's is: `from 2026-01 to 2026-04` is the first quarter.
struct PeriodExpression: Hashable, Sendable {
  /// The first day, inclusive; nil when the period has no beginning.
  var begin: CalendarDate?
  /// The day the period stops before, exclusive; nil when it has no end.
  var end: CalendarDate?

  /// Both ends, when the period has them.
  var range: Range<CalendarDate>? {
    guard let begin, let end else { return nil }
    return begin..<end
  }

  /// The period in a table's title: `2026-07-01 to 2026-09-30` (its last day, not the
  /// one it stops before), `from 2026-07-01`, `before 2026-10-01`, or `all days`.
  var titleText: String {
    switch (begin, end) {
    case (let begin?, let end?): "\(begin) to \(end.adding(days: -1))"
    case (let begin?, nil): "from \(begin)"
    case (nil, let end?): "before \(end)"
    case (nil, nil): "all days"
    }
  }

  /// A period from its ends.
  init(begin: CalendarDate?, end: CalendarDate?) {
    self.begin = begin
    self.end = end
  }

  /// Parses `text` (in any case) with `today` as the day relative words read;
  /// a mistake is refused naming `option`, the text and what is accepted.
  init(parsing text: String, today: CalendarDate, option: String = "--period") throws(CLIError) {
    let words = Self.words(text)
    func span(_ term: Substring) throws(CLIError) -> Range<CalendarDate> {
      guard let span = Self.span(term, today: today) else {
        throw CLIError.badValue(option, text, expected: Self.accepted)
      }
      return span
    }
    var begin: CalendarDate?
    var end: CalendarDate?
    if words.hasPrefix("from ") || words.hasPrefix("to ") {
      let (from, to) = Self.split(words)
      if let from { begin = try span(from).lowerBound }
      if let to { end = try span(to).lowerBound }
    } else if let dots = words.firstRange(of: "..") {
      let from = words[..<dots.lowerBound].trimmingSpaces
      let to = words[dots.upperBound...].trimmingSpaces
      guard !(from.isEmpty && to.isEmpty) else {
        throw CLIError.badValue(option, text, expected: Self.accepted)
      }
      if !from.isEmpty { begin = try span(from).lowerBound }
      if !to.isEmpty { end = try span(to).lowerBound }
    } else {
      let whole = try span(Substring(words))
      (begin, end) = (whole.lowerBound, whole.upperBound)
    }
    if let begin, let end, begin >= end {
      throw CLIError(
        .usage,
        "\(option) \"\(text)\": the period is empty: it would begin on \(begin) and stop before"
          + " \(end) (its end is exclusive)")
    }
    self.init(begin: begin, end: end)
  }

  /// The first day of the span `text` names, for `--begin` and `--end`:
  /// `2026Q1` is 2026-01-01, `2026-04` is 2026-04-01, `2026` is 2026-01-01.
  static func boundary(_ text: String, today: CalendarDate, option: String) throws(CLIError)
    -> CalendarDate
  {
    guard let span = span(Substring(words(text)), today: today) else {
      throw CLIError.badValue(option, text, expected: acceptedDays)
    }
    return span.lowerBound
  }

  /// What a period may be, in the one line that refuses a mistake.
  static let accepted =
    "a period: 2026, 2026Q1, 2026-03, 2026W10, 2026-03-05, today, yesterday,"
    + " this or last week, month, quarter or year, from A to B, from A, to B, A..B"
  /// What `--begin` and `--end` may be.
  static let acceptedDays =
    "a day or a span whose first day it means: 2026-03-05, 2026-03, 2026Q1, 2026W10, 2026,"
    + " today, yesterday, this or last week, month, quarter or year"

  /// Lowercased, its words separated by single spaces.
  private static func words(_ text: String) -> String {
    text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `from A to B`, `from A`, `to B` into A and B.
  private static func split(_ words: String) -> (from: Substring?, to: Substring?) {
    if words.hasPrefix("to ") { return (nil, words.dropFirst(3)) }
    let rest = words.dropFirst(5)
    guard let to = rest.firstRange(of: " to ") else { return (rest, nil) }
    return (rest[..<to.lowerBound], rest[to.upperBound...])
  }
}

extension Substring {
  /// Without spaces at either end.
  fileprivate var trimmingSpaces: Substring {
    guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " })
    else { return "" }
    return self[first...last]
  }
}
