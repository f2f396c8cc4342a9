import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam clients`: one row per client.
struct ClientsCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "clients",
    abstract: "One row per client: stage, value, Pareto class, key-account reasons, churn risk.",
    discussion: """
      Value is over the policy's trailing window (365 days) ending on --as-of or today, \
      or over -p (or --begin/--end), cut at that day; stage, class and risk are of that day. \
      Prospects are listed too, with stage prospect. --owner takes the owner as \
      registered or the start of it or of any word of it, in any case.

      Examples:
        kam clients
        kam clients --owner anna --stage cooperation --sort revenue --limit 10
        kam clients --class A -O csv
        kam clients -p "last quarter" --sort profit
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var selection: ClientSelection
  @OptionGroup var period: PeriodOptions
  @Option(help: "The order to list in (default: profit, the portfolio's order).")
  var sort: ClientOrder = .profit

  func validate() throws {
    try CLIError.validating { _ = try period.expression(global) }
  }

  func run() throws {
    let book = try global.openBook()
    let view = try book.listing(
      on: try global.evaluationDate(), knownAt: try global.knownAtInstant())
    try ClientRows(global: global, period: period).write(
      view.rows, of: view, book: book, what: "Clients", empty: "(no clients)",
      selection: selection, order: sort)
  }
}
