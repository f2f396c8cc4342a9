import ArgumentParser
import KamBook
import KamDomain
import KamTime

/// `kam report --html FILE`: the portfolio as one self-contained HTML page of charts.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the portfolio as one self-contained HTML file of charts and tables.",
    discussion: """
      The file holds the portfolio matrix, the whale curve, the relationship pyramid, the \
      stage flow month by month with the period's transitions, attention to acquisition \
      against loyal clients, the loyal clients at risk, service against value and the \
      prospects' fit: the figures of kam clients, risk, transitions, attention, service \
      and prospects for the same day. Inline CSS and SVG only: nothing is fetched, no \
      script runs, and it prints as it shows. The period (-p, or --begin inclusive and \
      --end exclusive; by default the 91 days ending on --as-of or today) bounds the \
      transitions and the service; the charts over time cover the 24 months up to its \
      last day, or from --begin. The file is replaced whole, or not at all.

      Examples:
        kam report --html portfolio.html
        kam report --html q3.html --begin 2026-07-01 --end 2026-10-01
        kam report --html year.html -p 2026
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: ArgumentHelp("The HTML file to write (replaced).", valueName: "file"))
  var html: String
  @OptionGroup var periodOptions: PeriodOptions

  func validate() throws {
    try CLIError.validating {
      let asked = try periodOptions.expression(global)
      if let end = periodOptions.endSource(asked), global.asOf != nil {
        throw CLIError(
          .usage,
          "--as-of means nothing with \(end): the report is of the period's last day")
      }
      if global.outputFormat != .table {
        throw CLIError(
          .usage,
          "-O \(global.outputFormat.rawValue) means nothing to `kam report`: it writes an HTML file"
        )
      }
      if html.isEmpty { throw CLIError(.usage, "--html needs a file name") }
    }
  }

  func run() throws {
    let period = try self.period()
    let book = try global.openBook()
    let data = try ReportData(
      book: book, period: period,
      since: try periodOptions.expression(global)?.begin,
      knownAt: try global.knownAtInstant())
    let page = ReportPage(data: data).render()
    try SideFile.write(page, to: html, what: "the report")
    global.console.line(
      "wrote \(html.visible): the portfolio as of \(data.date), period \(period.lowerBound) to "
        + "\(data.date) (\(page.utf8.count / 1024) KiB)")
  }

  /// The period asked for: `--period` or `--begin`/`--end`, each end defaulting from the
  /// other or from the evaluation day (91 days ending on it).
  func period() throws -> Range<CalendarDate> {
    try global.period(try periodOptions.expression(global))
  }
}
