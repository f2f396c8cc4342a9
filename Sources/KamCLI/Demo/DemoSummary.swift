import KamBook
import KamBookSQLite
import KamDomain
import KamSimulation
import KamTime

/// What `kam demo` prints once the book is written: a guided tour in sections.
struct DemoSummary {
  /// The opening sentence.
  var headline: String
  /// The sections, in order.
  var sections: [any DemoSection]

  /// Builds the summary from the simulation's counts and the book's own folds.
  init(book: Book, simulation: SimulationSummary, truthPath: String) throws {
    let config = simulation.config
    headline =
      "Created the demo book \(book.location): \(config.clients) accounts over \(config.years) "
      + "year\(config.years == 1 ? "" : "s") (\(simulation.startDate) to \(simulation.endDate)), "
      + "seed \(config.seed)."
    // One fold of the log serves every section: the view's histories are
    // every client's, since the demo ends on the evaluation day.
    let view = try book.view(on: simulation.endDate)
    let histories = view.rows.map(\.history).sorted { $0.client < $1.client }
    let revenue = DemoRevenueSection(histories: histories, years: config.years)
    sections = [
      DemoBookSection(
        path: book.location, truthPath: truthPath, currency: book.currency.rawValue,
        simulation: simulation),
      DemoAccountsSection(histories: histories, simulation: simulation),
      revenue,
      DemoKeyAccountsSection(view: view),
      DemoPyramidSection(view: view),
      try DemoTransitionsSection(book: book, today: simulation.endDate),
      DemoRiskSection(view: view),
      DemoNextSection(path: book.location, example: revenue.top.first?.client),
    ]
  }

  /// Prints the summary: sections for people, or one JSON object (`-O json`).
  func print(format: OutputFormat, console: Console) {
    switch format {
    case .json:
      console.line(JSON.object(sections.map { .init($0.key, $0.json) }))
    case .table, .csv:
      console.text(headline)
      for section in sections {
        console.line()
        console.text(section.title)
        for line in section.lines { console.text("  " + line) }
      }
    }
  }
}
