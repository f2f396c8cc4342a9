import KamTime
import Testing

@testable import KamCLI

@Suite("Period expressions, as hledger writes them")
struct PeriodExpressionTests {
  static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

  /// Thursday 2026-11-26.
  static let today = day("2026-11-26")

  @Test(
    "each expression means these days, begin inclusive and end exclusive, today 2026-11-26",
    arguments: [
      ("2026", "2026-01-01", "2027-01-01"),
      ("2026Q1", "2026-01-01", "2026-04-01"),
      ("2026q4", "2026-10-01", "2027-01-01"),
      ("2026-03", "2026-03-01", "2026-04-01"),
      ("2024-02", "2024-02-01", "2024-03-01"),
      ("2024-02-29", "2024-02-29", "2024-03-01"),
      ("2026-12", "2026-12-01", "2027-01-01"),
      ("2026W10", "2026-03-02", "2026-03-09"),
      ("2026W01", "2025-12-29", "2026-01-05"),
      ("2026-W53", "2026-12-28", "2027-01-04"),
      ("2027W01", "2027-01-04", "2027-01-11"),
      ("2026-03-05", "2026-03-05", "2026-03-06"),
      ("today", "2026-11-26", "2026-11-27"),
      ("Yesterday", "2026-11-25", "2026-11-26"),
      ("this week", "2026-11-23", "2026-11-30"),
      ("last week", "2026-11-16", "2026-11-23"),
      ("this month", "2026-11-01", "2026-12-01"),
      ("LAST  MONTH", "2026-10-01", "2026-11-01"),
      ("this quarter", "2026-10-01", "2027-01-01"),
      ("last quarter", "2026-07-01", "2026-10-01"),
      ("this year", "2026-01-01", "2027-01-01"),
      ("last year", "2025-01-01", "2026-01-01"),
      ("from 2026-01 to 2026-04", "2026-01-01", "2026-04-01"),
      ("from 2026-01-15 to 2026-01-16", "2026-01-15", "2026-01-16"),
      ("from 2026Q2 to this month", "2026-04-01", "2026-11-01"),
      ("2026-01..2026-04", "2026-01-01", "2026-04-01"),
      (" 2026-01 .. 2026Q3 ", "2026-01-01", "2026-07-01"),
    ])
  func closed(text: String, begin: String, end: String) throws {
    let period = try PeriodExpression(parsing: text, today: Self.today)
    #expect(period == PeriodExpression(begin: Self.day(begin), end: Self.day(end)))
    #expect(period.range == Self.day(begin)..<Self.day(end))
  }

  @Test(
    "last month in January is December, last quarter in Q1 the year before's Q4",
    arguments: [
      ("last month", "2026-01-15", "2025-12-01", "2026-01-01"),
      ("last quarter", "2026-02-01", "2025-10-01", "2026-01-01"),
      ("last week", "2026-01-01", "2025-12-22", "2025-12-29"),
      ("this week", "2026-03-01", "2026-02-23", "2026-03-02"),
      ("yesterday", "2024-03-01", "2024-02-29", "2024-03-01"),
    ])
  func acrossYears(text: String, today: String, begin: String, end: String) throws {
    let period = try PeriodExpression(parsing: text, today: Self.day(today))
    #expect(period.range == Self.day(begin)..<Self.day(end))
  }

  @Test("from, to and .. may leave one end open")
  func openEnds() throws {
    #expect(
      try PeriodExpression(parsing: "from 2026-01", today: Self.today)
        == PeriodExpression(begin: Self.day("2026-01-01"), end: nil))
    #expect(
      try PeriodExpression(parsing: "to 2026-04", today: Self.today)
        == PeriodExpression(begin: nil, end: Self.day("2026-04-01")))
    #expect(
      try PeriodExpression(parsing: "2026Q3..", today: Self.today)
        == PeriodExpression(begin: Self.day("2026-07-01"), end: nil))
    #expect(
      try PeriodExpression(parsing: "..2026", today: Self.today)
        == PeriodExpression(begin: nil, end: Self.day("2026-01-01")))
    #expect(try PeriodExpression(parsing: "from 2026-01", today: Self.today).range == nil)
  }

  @Test(
    "--begin and --end mean the first day of what they name; --end stays exclusive",
    arguments: [
      ("2026Q1", "2026-01-01"), ("2026-04", "2026-04-01"), ("2026", "2026-01-01"),
      ("2026-04-30", "2026-04-30"), ("2026W10", "2026-03-02"), ("last month", "2026-10-01"),
      ("today", "2026-11-26"),
    ])
  func boundary(text: String, day: String) throws {
    #expect(
      try PeriodExpression.boundary(text, today: Self.today, option: "--end") == Self.day(day))
  }

  static let accepted =
    "expected a period: 2026, 2026Q1, 2026-03, 2026W10, 2026-03-05, today, yesterday,"
    + " this or last week, month, quarter or year, from A to B, from A, to B, A..B"

  @Test(
    "a mistake is refused in one line naming the option, the text and what is accepted",
    arguments: [
      "2026Q5", "2026Q0", "2026-13", "2026-02-30", "2025W53", "2026W00", "26", "next month",
      "last decade", "monthly", "", "from", "from 2026 to", "to", "..", "2026-1", "2026/03",
      "from 2026 until 2027",
    ])
  func refused(text: String) {
    #expect(throws: CLIError.self) { try PeriodExpression(parsing: text, today: Self.today) }
    do {
      _ = try PeriodExpression(parsing: text, today: Self.today)
    } catch {
      #expect(error.message == "--period \"\(text)\": " + Self.accepted)
    }
  }

  @Test("a period that ends before it begins is empty, and refused")
  func empty() {
    do {
      _ = try PeriodExpression(parsing: "from 2026-04 to 2026-01", today: Self.today)
      Issue.record("accepted")
    } catch {
      #expect(
        error.message
          == "--period \"from 2026-04 to 2026-01\": the period is empty: it would begin on 2026-04-01"
          + " and stop before 2026-01-01 (its end is exclusive)")
    }
    do {
      _ = try PeriodExpression(parsing: "2026-03..2026-03", today: Self.today)
      Issue.record("accepted")
    } catch {
      #expect(
        error.message
          == "--period \"2026-03..2026-03\": the period is empty: it would begin on 2026-03-01"
          + " and stop before 2026-03-01 (its end is exclusive)")
    }
  }

  @Test("a bad --begin names the option and the spans it takes")
  func badBoundary() {
    do {
      _ = try PeriodExpression.boundary("from 2026", today: Self.today, option: "--begin")
      Issue.record("accepted")
    } catch {
      #expect(
        error.message
          == "--begin \"from 2026\": expected a day or a span whose first day it means: 2026-03-05,"
          + " 2026-03, 2026Q1, 2026W10, 2026, today, yesterday, this or last week, month, quarter"
          + " or year")
    }
  }
}
