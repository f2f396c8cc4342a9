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
      Value is over the policy's trailing window (365 days) ending on --as-of or today. \
      Prospects are listed too, with stage prospect.
      """)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let book = try global.openBook()
    let view = try book.view(on: try global.evaluationDate(), knownAt: try global.knownAtInstant())
    try ClientRows(global: global).write(
      view.rows, of: view, book: book, what: "Clients", empty: "(no clients)")
  }
}
