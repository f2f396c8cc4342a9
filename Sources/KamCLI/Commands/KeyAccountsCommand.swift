import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam key-accounts`: the clients with at least one key-account reason.
struct KeyAccountsCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "key-accounts",
    abstract: "The key clients and why: top profit, potential, likely win, strategic.",
    discussion: """
      Examples:
        kam key-accounts
        kam key-accounts --owner anna --sort revenue
        kam key-accounts -p 2026Q3
        kam key-accounts --as-of 2025-12-31 -O json
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
      view.rows.filter(\.isKeyAccount), of: view, book: book, what: "Key accounts",
      empty: "(no key accounts)",
      selection: selection, order: sort)
  }
}
