extension PeriodExpression {
  /// How periods are written, for the help of `-p/--period`, `--begin` and `--end`
  /// and the help topic on periods (docs/periods.md says the same at more length).
  ///
  /// Its lines are short enough for an option's help, indented eight columns in 80.
  static let helpText = """
    A period is a run of business days, written as hledger writes one, in
    any case; its first day is included, the day it stops before is not:
      2026          a year          2026Q3     a quarter
      2026-03       a month         2026W10    an ISO week, Monday first
      2026-03-05    a day           today, yesterday
      this month, last month (also week, quarter, year), from --today
      from 2026-01 to 2026-04   the first quarter: `to` is exclusive
      from 2026-07, to 2026-04  open at one end
      2026-01..2026-04          the same as from 2026-01 to 2026-04
    --begin and --end take the same spans and mean their first day:
    --begin 2026Q3 is 2026-07-01, --end 2026-10 stops before 2026-10-01.
    -p and --begin/--end do not go together (docs/periods.md).
    """
}
